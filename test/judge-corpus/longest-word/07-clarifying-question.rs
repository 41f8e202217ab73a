// task: longest-word
// intent: no code: the model asked a clarifying question instead of answering
// Before I write this function, could you clarify a few things?
//
// 1. If two words have the same length, should the first or the last one be
//    returned?
// 2. Should punctuation such as commas count towards a word's length?
// 3. What should happen for an empty string: None, or Some("")?
//
// Once I know these details I can give you an idiomatic Rust implementation.
