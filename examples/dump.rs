fn main() {
    for p in std::env::args().skip(1) {
        let doc = newskg::ingest::read_file(std::path::Path::new(&p)).expect("read");
        let x = newskg::extract::extract(doc);
        let t = &x.doc.text;
        println!(
            "=== {p} published={:?} byline={:?}",
            x.doc.layout.published,
            x.doc.layout.byline.as_ref().map(|b| &b.1)
        );
        for e in &x.entities {
            println!(
                "  {:?} {} [{}] roles={:?} aff={:?} aliases={:?} country={:?}",
                e.kind, e.name, e.key, e.roles, e.affiliations, e.aliases, e.country
            );
        }
        for s in &x.statements {
            println!(
                "  STMT spk={:?} act={:?} neg={} mode={:?} date={:?} {:?} cue={:?}\n      «{}»",
                s.speaker.map(|e| &x.entities[e].name),
                s.act,
                s.act_negated,
                s.mode,
                s.said_on.map(|d| d.to_string()),
                s.date_basis,
                s.cue.map(|c| c.slice(t)),
                s.content.slice(t)
            );
        }
        println!(
            "  relayed={:?} cited={:?} author={:?} publisher={:?}",
            x.article
                .relayed_by
                .iter()
                .map(|&e| &x.entities[e].name)
                .collect::<Vec<_>>(),
            x.article.cited.map(|e| &x.entities[e].name),
            x.article.author.map(|e| &x.entities[e].name),
            x.article.publisher.map(|e| &x.entities[e].name)
        );
    }
}
