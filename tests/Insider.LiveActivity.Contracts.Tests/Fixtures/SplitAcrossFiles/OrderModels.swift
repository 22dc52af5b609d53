import Foundation

enum OrderStatus: String, Codable, Hashable {
    case placed, packed, shipped
}

struct OrderItem: Codable, Hashable {
    let sku: String
    var quantity: Int16
}
