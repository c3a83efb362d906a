use super::*;

#[test]
fn null_and_empty_lists_go_with_everything() {
    let all = [
        Ty::Null,
        Ty::Any,
        Ty::Bool,
        Ty::Num,
        Ty::Str,
        Ty::List(Item::Any),
        Ty::List(Item::Str),
        Ty::List(Item::Num),
        Ty::List(Item::List),
    ];
    for t in all {
        assert!(compatible(t, Ty::Null) && compatible(Ty::Null, t), "{t:?}");
        assert!(compatible(t, t), "{t:?}");
        assert!(
            compatible(Ty::List(Item::Any), Ty::List(Item::of(t))),
            "{t:?}"
        );
    }
    assert!(!compatible(Ty::List(Item::Str), Ty::List(Item::Num)));
    assert!(!compatible(Ty::Str, Ty::List(Item::Str)));
}

#[test]
fn types_round_trip_through_the_public_type() {
    let types = [
        Type::Bool,
        Type::Number,
        Type::Str,
        Type::List(Box::new(Type::Str)),
        Type::List(Box::new(Type::Number)),
    ];
    for ty in types {
        assert_eq!(Ty::from_type(&ty).to_type(), Some(ty));
    }
    assert_eq!(Ty::Null.to_type(), None);
}
