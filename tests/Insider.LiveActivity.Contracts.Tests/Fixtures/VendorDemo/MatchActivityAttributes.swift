// Test fixture written for this repository from the vendor's documented payload
// {"homeScore":0,"awayScore":3,"period":"half_time","minute":45}; not copied from the demo app.
import ActivityKit
import InsiderMobile

@available(iOS 16.1, *)
struct MatchActivityAttributes: InsiderLiveActivitiesAttributes {
    static let insiderLiveActivityId = InsiderLiveActivityIdentifier("match")

    struct ContentState: Codable, Hashable {
        var homeScore: Int
        var awayScore: Int
        var period: Period
        var minute: Int
    }

    enum Period: String, Codable, Hashable {
        case firstHalf = "first_half"
        case halfTime = "half_time"
        case secondHalf = "second_half"
        case fullTime = "full_time"
    }

    var homeTeam: String
    var awayTeam: String
}
