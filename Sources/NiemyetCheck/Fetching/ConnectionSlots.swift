/// Limits fetches in flight: at most `total` at once, and at most `perHost` to any one
/// host, so that a run over hundreds of units never floods a small office server.
actor ConnectionSlots {
    let total: Int
    let perHost: Int
    private var inUse = 0
    private var inUseByHost: [String: Int] = [:]
    private var waiting: [(host: String, continuation: CheckedContinuation<Void, Never>)] = []

    init(total: Int, perHost: Int) {
        self.total = max(1, total)
        self.perHost = max(1, perHost)
    }

    /// Waits until a slot for `host` is free, and takes it.
    func acquire(_ host: String) async {
        if canStart(host) {
            start(host)
            return
        }
        await withCheckedContinuation { continuation in
            waiting.append((host, continuation))
        }
    }

    /// Gives back a slot taken by `acquire`, and wakes whoever can now start, in order.
    func release(_ host: String) {
        inUse -= 1
        inUseByHost[host, default: 1] -= 1
        if inUseByHost[host] == 0 { inUseByHost[host] = nil }
        var index = 0
        while index < waiting.count, inUse < total {
            if canStart(waiting[index].host) {
                let next = waiting.remove(at: index)
                start(next.host)
                next.continuation.resume()
            } else {
                index += 1
            }
        }
    }

    private func canStart(_ host: String) -> Bool {
        inUse < total && inUseByHost[host, default: 0] < perHost
    }

    private func start(_ host: String) {
        inUse += 1
        inUseByHost[host, default: 0] += 1
    }
}
