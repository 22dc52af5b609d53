// Test fixture written for this repository from the vendor's documented payloads
// ({"status":"in_transit","etaMinutes":30}, attributes {"courierName":"John D."}); not copied from the demo app.
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
