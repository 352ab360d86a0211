//! Assertions on the five sample articles (issue 2).

use newskg::graph::NodeKind;
use newskg::lexicon::SpeechAct;

use crate::util::{SAMPLES, persons_named, statements_with};

#[test]
fn each_main_person_is_exactly_one_node() {
    let kg = &*SAMPLES;
    for (needle, key) in [
        ("Putin", "person/vladimir-putin"),
        ("Peskov", "person/dmitry-peskov"),
        ("Zelenskyy", "person/volodymyr-zelenskyy"),
        ("Budanov", "person/kyrylo-budanov"),
        ("Austin", "person/lloyd-austin"),
        ("Kim Seon-ho", "person/kim-seon-ho"),
    ] {
        assert_eq!(persons_named(kg, needle), vec![key.to_string()], "{needle}");
    }
}

#[test]
fn kim_jong_un_is_another_person() {
    let kg = &*SAMPLES;
    let jong_un = persons_named(kg, "Jong Un");
    assert_eq!(jong_un, vec!["person/kim-jong-un".to_string()]);
    assert!(kg.node("person/kim-seon-ho").is_some());
    // "Kim" in the Seoul article is Kim Seon-ho, never Kim Jong Un.
    let kim_seon_ho = kg.node("person/kim-seon-ho").unwrap();
    assert!(kim_seon_ho.aliases.contains("Kim"));
    assert!(
        !kg.node("person/kim-jong-un")
            .unwrap()
            .aliases
            .contains("Kim")
    );
}

#[test]
fn peskov_contradictory_information_quote() {
    let kg = &*SAMPLES;
    let found = statements_with(kg, "We are seeing a lot of contradictory information");
    assert_eq!(found.len(), 1);
    let (st, speakers) = &found[0];
    assert_eq!(speakers, &vec!["person/dmitry-peskov".to_string()]);
    assert_eq!(
        st.statement.as_ref().unwrap().said_on.unwrap().to_string(),
        "2024-10-21"
    );
}

#[test]
fn austin_could_not_confirm() {
    let kg = &*SAMPLES;
    let found: Vec<_> = statements_with(kg, "North Korea had sent troops to Russia")
        .into_iter()
        .filter(|(n, _)| n.statement.as_ref().unwrap().act == SpeechAct::CannotConfirm)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "one cannot-confirm statement, repeated in two articles"
    );
    let (st, speakers) = &found[0];
    assert_eq!(speakers, &vec!["person/lloyd-austin".to_string()]);
    let data = st.statement.as_ref().unwrap();
    assert_eq!(data.said_on.unwrap().to_string(), "2024-10-20");
    assert!(!data.act_negated);
    assert_eq!(st.count(), 2, "read in two articles");
}

#[test]
fn kim_seon_ho_statements_are_his() {
    let kg = &*SAMPLES;
    for needle in [
        "significant as it is possible that North Korea has provided personnel",
        "determine more accurately whether the situation involved civilian personnel",
        "desperate last-ditch efforts",
        "If they indeed sent their troops",
        "arms trade with Russia is another indication",
    ] {
        let found = statements_with(kg, needle);
        assert!(!found.is_empty(), "{needle}");
        for (_, speakers) in found {
            assert_eq!(speakers, vec!["person/kim-seon-ho".to_string()], "{needle}");
        }
    }
}

#[test]
fn background_statements_are_dated_from_the_text() {
    let kg = &*SAMPLES;
    for (needle, speaker, date) in [
        (
            "Russia intended to involve about 10,000 soldiers",
            "person/volodymyr-zelenskyy",
            "2024-10-17",
        ),
        (
            "approximately 11,000 North Korean infantry troops are currently being trained",
            "person/kyrylo-budanov",
            "2024-10-18",
        ),
        (
            "North Korea had de facto entered the war",
            "person/volodymyr-zelenskyy",
            "2024-10-14",
        ),
    ] {
        let found = statements_with(kg, needle);
        assert!(!found.is_empty(), "{needle}");
        for (st, speakers) in found {
            assert_eq!(speakers, vec![speaker.to_string()], "{needle}");
            assert_eq!(
                st.statement.as_ref().unwrap().said_on.unwrap().to_string(),
                date,
                "{needle}"
            );
        }
    }
}

#[test]
fn on_monday_the_kremlin_refused_to_confirm() {
    let kg = &*SAMPLES;
    let found = statements_with(kg, "reports of North Korean troops");
    let (st, speakers) = found
        .iter()
        .find(|(n, _)| n.statement.as_ref().unwrap().act == SpeechAct::DeclineToConfirm)
        .unwrap();
    assert_eq!(speakers, &vec!["org/kremlin".to_string()]);
    assert_eq!(
        st.statement.as_ref().unwrap().said_on.unwrap().to_string(),
        "2024-10-21"
    );
    assert_eq!(kg.node("org/kremlin").unwrap().kind, NodeKind::Organization);
}

#[test]
fn the_undated_article_stays_undated() {
    let kg = &*SAMPLES;
    let art = kg
        .nodes()
        .into_iter()
        .find(|n| {
            n.article
                .as_ref()
                .is_some_and(|a| a.file_name.starts_with("003_"))
        })
        .unwrap();
    assert!(art.article.as_ref().unwrap().published.is_none());
    let found = statements_with(kg, "If there are images, then they reflect something");
    assert!(
        found
            .iter()
            .all(|(n, _)| n.statement.as_ref().unwrap().said_on.is_none())
    );
}

#[test]
fn ministry_variants_are_one_organisation() {
    let kg = &*SAMPLES;
    let n = kg.node("org/south-korea-ministry-of-defense").unwrap();
    assert!(n.aliases.iter().any(|a| a.contains("Defence Ministry")));
    let ministries: Vec<_> = kg
        .nodes()
        .into_iter()
        .filter(|n| n.kind == NodeKind::Organization && n.key.contains("ministry-of-defense"))
        .collect();
    assert_eq!(ministries.len(), 1);
}

#[test]
fn roles_are_kept() {
    let kg = &*SAMPLES;
    let has = |k: &str, r: &str| kg.node(k).unwrap().roles.iter().any(|x| x.contains(r));
    assert!(has("person/dmitry-peskov", "press secretary"));
    assert!(has(
        "person/kyrylo-budanov",
        "Head of Defence Intelligence of Ukraine"
    ));
    assert!(has("person/lloyd-austin", "Secretary of Defense"));
    assert!(has("person/kim-seon-ho", "Vice Defence Minister"));
}

#[test]
fn boilerplate_yields_nothing() {
    let kg = &*SAMPLES;
    for n in kg.nodes() {
        let mut texts = vec![n.label.clone()];
        texts.extend(n.aliases.iter().cloned());
        if let Some(s) = &n.statement {
            texts.push(s.text.clone());
        }
        for t in texts {
            for bad in [
                "Support Us",
                "Instagram",
                "Advertisement",
                "patron",
                "Ctrl",
                "Related",
                "ad blocker",
                "Getty",
                "suggestions",
            ] {
                assert!(
                    !t.contains(bad),
                    "{} carries boilerplate {bad:?}: {t}",
                    n.key
                );
            }
        }
    }
}

#[test]
fn the_source_line_relays_statements() {
    let kg = &*SAMPLES;
    let found = statements_with(kg, "We are seeing a lot of contradictory information");
    let via = kg.targets(&found[0].0.key, newskg::graph::EdgeKind::ReportedVia);
    assert_eq!(
        via.iter().map(|n| n.key.as_str()).collect::<Vec<_>>(),
        ["org/interfax"]
    );
}

/// Only catalog entities link to Wikidata, and with the catalog's item.
#[test]
fn wikidata_links_come_from_the_catalog_only() {
    let catalog = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology/catalog.tsv"),
    )
    .unwrap();
    let rows: Vec<Vec<&str>> = catalog
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
        .collect();
    let mut linked = 0;
    for n in SAMPLES.nodes() {
        let Some(q) = &n.wikidata else { continue };
        linked += 1;
        let row = rows.iter().find(|r| r[3] == q).expect("QID in the catalog");
        let names: Vec<&str> = std::iter::once(row[1]).chain(row[2].split('|')).collect();
        assert!(
            names.contains(&n.label.as_str()),
            "{} linked to {q}",
            n.label
        );
        assert_eq!(row[0], n.kind.as_str());
    }
    assert!(
        linked >= 5,
        "the samples name well-known people and countries"
    );
    let putin = SAMPLES.node("person/vladimir-putin").unwrap();
    assert_eq!(putin.wikidata.as_deref(), Some("Q7747"));
    // a person outside the catalog gets no link
    let budanov = SAMPLES.node("person/kyrylo-budanov").unwrap();
    assert_eq!(budanov.wikidata, None);
}
