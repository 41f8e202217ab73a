// task: traffic-light
// intent: correct: Copy enum, methods take self by value, variants glob-imported
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TrafficLight {
    Red,
    Yellow,
    Green,
}

use TrafficLight::*;

impl TrafficLight {
    fn next(self) -> Self {
        match self {
            Red => Green,
            Green => Yellow,
            Yellow => Red,
        }
    }

    fn duration(self) -> u32 {
        match self {
            Red => 60,
            Yellow => 5,
            Green => 45,
        }
    }
}

fn main() {
    assert_eq!(TrafficLight::Red.next(), TrafficLight::Green);
    assert_eq!(TrafficLight::Green.next(), TrafficLight::Yellow);
    assert_eq!(TrafficLight::Yellow.next(), TrafficLight::Red);
    assert_eq!(TrafficLight::Red.duration(), 60);
    assert_eq!(TrafficLight::Yellow.duration(), 5);
    assert_eq!(TrafficLight::Green.duration(), 45);
    assert_eq!(TrafficLight::Red.next().next().next(), TrafficLight::Red);
}
