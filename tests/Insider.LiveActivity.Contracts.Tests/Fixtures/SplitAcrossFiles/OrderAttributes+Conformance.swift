import ActivityKit

// The conformance is added in another file, and the types the content state uses live in a third.
extension OrderAttributes: ActivityAttributes {}
