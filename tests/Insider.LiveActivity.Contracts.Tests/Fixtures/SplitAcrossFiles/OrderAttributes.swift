import ActivityKit

struct OrderAttributes {
    var orderNumber: String

    struct ContentState: Codable, Hashable {
        var status: OrderStatus
        var items: [OrderItem]
    }
}
