import QuorumCommands

Quorum.main()
