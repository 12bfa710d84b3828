// Benchmark-only comparison packages ship no types.
declare module 'sentiment';
declare module 'vader-sentiment';
