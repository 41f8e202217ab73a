// task: reverse-string
// intent: no code: the model answered with an explanation only
//
// To reverse a string in Rust you should not index into it byte by byte,
// because a String is UTF-8 encoded and some characters take more than one
// byte. Instead, iterate over the characters with `.chars()`, reverse the
// iterator with `.rev()`, and collect the result back into a `String`.
//
// This approach runs in O(n) time and handles Unicode correctly.
