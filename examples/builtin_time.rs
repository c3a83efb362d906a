fn main() {
    let t = std::time::Instant::now();
    let q = careerpath::questionnaire::builtin().unwrap();
    let first = t.elapsed();
    let t = std::time::Instant::now();
    for _ in 0..200 {
        std::hint::black_box(careerpath::questionnaire::builtin().unwrap());
    }
    let compiled = t.elapsed() / 200;
    let src = include_str!("../questions/career.yaml");
    let t = std::time::Instant::now();
    for _ in 0..50 {
        std::hint::black_box(careerpath::questionnaire::load_str("<built-in>", src).unwrap());
    }
    println!("builtin(): first {first:?}, mean {compiled:?}; parsing the YAML: mean {:?} ({} questions)", t.elapsed() / 50, q.questions.len());
}
