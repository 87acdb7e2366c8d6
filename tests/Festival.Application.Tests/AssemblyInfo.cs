// Every test gets a fresh fixture instance, so substitutes held in fields never carry calls between tests.
[assembly: FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
[assembly: Parallelizable(ParallelScope.Fixtures)]
