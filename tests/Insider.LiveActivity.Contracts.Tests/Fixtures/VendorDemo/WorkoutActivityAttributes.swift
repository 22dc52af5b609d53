// Test fixture written for this repository (the vendor's third demo type, with a Date in its content state).
import ActivityKit
import InsiderMobile

@available(iOS 16.2, *)
struct WorkoutActivityAttributes: InsiderLiveActivitiesAttributes {
    var insiderLiveActivityId: InsiderLiveActivityIdentifier

    struct ContentState: Codable, Hashable {
        var phase: WorkoutPhase
        var startedAt: Date
        var elapsedSeconds: Int
        var heartRate: Int?
        var distanceKm: Double?

        /// Computed: not on the wire.
        var elapsedText: String { "\(elapsedSeconds / 60) min" }
    }

    var workoutName: String
}

enum WorkoutPhase: String, Codable, Hashable {
    case warmUp = "warm_up"
    case active
    case coolDown = "cool_down"
}
