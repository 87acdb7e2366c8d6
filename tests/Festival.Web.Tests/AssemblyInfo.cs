// Fixtures share one app host (OneTimeSetUp) and run in parallel with each other; tests inside a fixture run in order.
[assembly: Parallelizable(ParallelScope.Fixtures)]
