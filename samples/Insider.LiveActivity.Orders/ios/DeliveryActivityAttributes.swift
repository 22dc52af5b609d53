// The iOS app's Live Activity contract for the Orders sample, as its widget extension declares it (written for this
// repository). The backend's C# mirror is Orders/DeliveryAttributes.cs, Orders/DeliveryState.cs and
// Orders/DeliveryStatus.cs; Insider.LiveActivity.Orders.Tests checks the two sides against each other.
#if canImport(ActivityKit)
import ActivityKit
import Foundation
import InsiderMobile

@available(iOS 16.1, *)
public struct DeliveryActivityAttributes: InsiderLiveActivitiesAttributes {
    public struct ContentState: Codable, Hashable {
        public var status: DeliveryStatus
        public var etaMinutes: Int
    }

    /// Filled by the vendor's SDK on the device.
    public var insiderLiveActivityId: InsiderLiveActivityIdentifier
    public var courierName: String
}

public enum DeliveryStatus: String, Codable, Hashable {
    case preparing
    case pickup
    case inTransit = "in_transit"
    case outForDelivery = "out_for_delivery"
    case delivered
}
#endif
