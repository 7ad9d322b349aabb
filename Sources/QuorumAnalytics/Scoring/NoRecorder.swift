/// The recorder type of a run that records no reasons: none is made, and it keeps nothing.
struct NoRecorder: ReasonRecorder {
  func recordContact(_ reasons: [ReasonCode]) {}
  func recordAccount(_ reasons: [ReasonCode]) {}
}
