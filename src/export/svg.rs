//! `graph.svg`: a picture of the entities view for a newcomer — who spoke about whom, coloured by
//! speech act, nodes coloured by type and sized by mentions. The layout is a deterministic
//! force-directed (Fruchterman–Reingold) layout using only `+ - * / sqrt`, so the same graph gives
//! the same bytes on any machine. Large graphs are cut to the most connected entities.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

use std::borrow::Cow;

use super::view::{GraphView, VEdge, VNode, color};
use super::xml::escape;
use crate::graph::NodeKind;
use crate::text::stable_hash;

/// At most this many entities are drawn (the most connected ones).
pub const MAX_NODES: usize = 60;
const WIDTH: f64 = 1400.0;
const HEIGHT: f64 = 1000.0;
/// Plot area: left, top, right and bottom margins (labels go right of nodes; the legend below).
const LEFT: f64 = 60.0;
const TOP: f64 = 90.0;
const RIGHT: f64 = 240.0;
const BOTTOM: f64 = 110.0;
const ITERATIONS: usize = 400;

/// Edge colour by kind (speech act or relation), and its legend label.
fn edge_style(kind: &str) -> (&'static str, &'static str) {
    match kind.trim_start_matches("not_") {
        _ if kind.starts_with("not_") => ("#e377c2", "did not …"),
        "deny" => ("#d62728", "deny"),
        "cannot_confirm" | "decline_to_confirm" => ("#e377c2", "cannot / decline to confirm"),
        "confirm" => ("#2ca02c", "confirm"),
        "warn" | "accuse" => ("#9467bd", "warn / accuse"),
        "call_for" | "promise" => ("#17becf", "call for / promise"),
        "affiliatedWith" | "country" => ("#c7c7c7", "role / country"),
        _ => ("#7f7f7f", "assert / assess / question"),
    }
}

fn pick(nodes: &[Cow<'_, VNode>], all_edges: &[Cow<'_, VEdge>]) -> Vec<usize> {
    let mut degree: BTreeMap<&str, u64> = BTreeMap::new();
    for e in all_edges {
        *degree.entry(&e.source).or_insert(0) += u64::from(e.weight);
        *degree.entry(&e.target).or_insert(0) += u64::from(e.weight);
    }
    let mut idx: Vec<usize> = (0..nodes.len())
        .filter(|&i| degree.contains_key(nodes[i].id.as_str()))
        .collect();
    idx.sort_by_key(|&i| {
        let n = &nodes[i];
        (
            std::cmp::Reverse(degree.get(n.id.as_str()).copied().unwrap_or(0) * 4 + n.count as u64),
            n.id.clone(),
        )
    });
    idx.truncate(MAX_NODES);
    idx.sort_unstable();
    idx
}

/// Deterministic force-directed layout in the unit square.
#[allow(clippy::cast_precision_loss)]
fn layout(n: usize, edges: &[(usize, usize, f64)], seeds: &[u64]) -> Vec<(f64, f64)> {
    let mut pos: Vec<(f64, f64)> = seeds
        .iter()
        .map(|h| {
            let x = (h & 0xffff) as f64 / 65535.0;
            let y = ((h >> 16) & 0xffff) as f64 / 65535.0;
            (x, y)
        })
        .collect();
    if n < 2 {
        return vec![(0.5, 0.5); n];
    }
    let k = (1.0 / n as f64).sqrt() * 0.9;
    let mut temp = 0.1;
    for _ in 0..ITERATIONS {
        let mut disp = vec![(0.0f64, 0.0f64); n];
        for i in 0..n {
            for j in (i + 1)..n {
                let dx = pos[i].0 - pos[j].0;
                let dy = pos[i].1 - pos[j].1;
                let d2 = (dx * dx + dy * dy).max(1e-6);
                let f = k * k / d2;
                disp[i].0 += dx * f;
                disp[i].1 += dy * f;
                disp[j].0 -= dx * f;
                disp[j].1 -= dy * f;
            }
        }
        for &(a, b, w) in edges {
            let dx = pos[a].0 - pos[b].0;
            let dy = pos[a].1 - pos[b].1;
            let d = (dx * dx + dy * dy).sqrt().max(1e-3);
            let f = d / k * (1.0 + w.sqrt() * 0.2);
            disp[a].0 -= dx * f;
            disp[a].1 -= dy * f;
            disp[b].0 += dx * f;
            disp[b].1 += dy * f;
        }
        for (i, p) in pos.iter_mut().enumerate() {
            // Gentle pull to the centre keeps disconnected parts on the canvas.
            let (mut dx, mut dy) = (disp[i].0 - (p.0 - 0.5) * 0.5, disp[i].1 - (p.1 - 0.5) * 0.5);
            let d = (dx * dx + dy * dy).sqrt();
            if d > temp {
                dx = dx / d * temp;
                dy = dy / d * temp;
            }
            p.0 = (p.0 + dx).clamp(0.0, 1.0);
            p.1 = (p.1 + dy).clamp(0.0, 1.0);
        }
        temp = (temp * 0.985).max(0.002);
    }
    pos
}

/// Write the picture of an entities view.
///
/// # Errors
/// When writing fails.
#[allow(clippy::cast_precision_loss, clippy::too_many_lines)]
pub fn write<W: Write>(g: &GraphView, mut w: W) -> io::Result<W> {
    let nodes: Vec<Cow<'_, VNode>> = g.nodes().collect();
    let all_edges: Vec<Cow<'_, VEdge>> = g.edges().collect();
    let picked = pick(&nodes, &all_edges);
    let index: BTreeMap<&str, usize> = picked
        .iter()
        .enumerate()
        .map(|(k, &i)| (nodes[i].id.as_str(), k))
        .collect();
    let edges: Vec<(usize, usize, usize)> = all_edges
        .iter()
        .enumerate()
        .filter_map(|(ei, e)| {
            Some((
                index.get(e.source.as_str())?.to_owned(),
                index.get(e.target.as_str())?.to_owned(),
                ei,
            ))
        })
        .collect();
    let weighted: Vec<(usize, usize, f64)> = edges
        .iter()
        .map(|&(a, b, ei)| (a, b, f64::from(all_edges[ei].weight)))
        .collect();
    let seeds: Vec<u64> = picked
        .iter()
        .map(|&i| stable_hash(&[&nodes[i].id]))
        .collect();
    let pos = layout(picked.len(), &weighted, &seeds);
    let px = |p: (f64, f64)| {
        (
            LEFT + p.0 * (WIDTH - LEFT - RIGHT),
            TOP + p.1 * (HEIGHT - TOP - BOTTOM),
        )
    };
    writeln!(
        w,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="Helvetica, Arial, sans-serif">"#
    )?;
    writeln!(w, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##)?;
    writeln!(
        w,
        r##"<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#555555"/></marker></defs>"##
    )?;
    writeln!(
        w,
        r#"<text x="20" y="32" font-size="20" font-weight="bold">Who said what about whom</text>"#
    )?;
    writeln!(
        w,
        r##"<text x="20" y="54" font-size="13" fill="#555555">{} of {} entities, {} speaker → entity edges (width = number of statements); generated by newskg</text>"##,
        picked.len(),
        nodes.len(),
        edges.len()
    )?;
    // Edges first, so nodes are drawn on top.
    let mut legend: BTreeSet<(&str, &str)> = BTreeSet::new();
    for &(a, b, ei) in &edges {
        let e = &all_edges[ei];
        let (x1, y1) = px(pos[a]);
        let (x2, y2) = px(pos[b]);
        let (stroke, name) = edge_style(&e.kind);
        legend.insert((name, stroke));
        let r = nodes[picked[b]].size() / 2.0;
        let d = ((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1))
            .sqrt()
            .max(1e-3);
        let (ex, ey) = (x2 - (x2 - x1) / d * r, y2 - (y2 - y1) / d * r);
        let width = 1.0 + f64::from(e.weight).sqrt();
        let dash = if matches!(e.kind.as_str(), "affiliatedWith" | "country") {
            r#" stroke-dasharray="4 3""#
        } else {
            ""
        };
        writeln!(
            w,
            r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{ex:.1}" y2="{ey:.1}" stroke="{stroke}" stroke-width="{width:.1}" stroke-opacity="0.75"{dash} marker-end="url(#arrow)"><title>{} {} {} ({})</title></line>"#,
            escape(&nodes[picked[a]].label),
            escape(&e.label),
            escape(&nodes[picked[b]].label),
            e.weight
        )?;
    }
    for (k, &i) in picked.iter().enumerate() {
        let n = &nodes[i];
        let (x, y) = px(pos[k]);
        let (r, gr, b) = color(n.kind);
        writeln!(
            w,
            r##"<circle cx="{x:.1}" cy="{y:.1}" r="{:.1}" fill="rgb({r},{gr},{b})" stroke="#ffffff" stroke-width="1.5"><title>{} ({}, {} mentions)</title></circle>"##,
            n.size() / 2.0,
            escape(&n.label),
            n.kind.as_str(),
            n.count
        )?;
        writeln!(
            w,
            r##"<text x="{:.1}" y="{:.1}" font-size="12" fill="#222222">{}</text>"##,
            x + n.size() / 2.0 + 3.0,
            y + 4.0,
            escape(&n.label)
        )?;
    }
    // Legend: one row of node types, one row of edge kinds, below the plot.
    let mut x = 30.0;
    let y = HEIGHT - 60.0;
    for kind in [NodeKind::Person, NodeKind::Organization, NodeKind::Place] {
        let (r, gr, b) = color(kind);
        writeln!(
            w,
            r#"<circle cx="{x:.1}" cy="{y:.1}" r="6" fill="rgb({r},{gr},{b})"/><text x="{:.1}" y="{:.1}" font-size="12">{}</text>"#,
            x + 12.0,
            y + 4.0,
            kind.as_str()
        )?;
        x += 130.0;
    }
    let mut x = 30.0;
    let y = HEIGHT - 32.0;
    for (name, stroke) in legend {
        writeln!(
            w,
            r#"<line x1="{:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{stroke}" stroke-width="3"/><text x="{:.1}" y="{:.1}" font-size="12">{}</text>"#,
            x - 8.0,
            x + 8.0,
            x + 12.0,
            y + 4.0,
            escape(name)
        )?;
        #[allow(clippy::cast_precision_loss)]
        let width = 40.0 + 7.0 * name.chars().count() as f64;
        x += width;
    }
    writeln!(w, "</svg>")?;
    Ok(w)
}
