using System.Runtime.CompilerServices;

// Spans and stackalloc buffers are always written before they are read.
[module: SkipLocalsInit]
