/* kg viewer: draws the precomputed layout with vis-network; legend, filters, search, details, queries.
   All text from the data is put into the page with textContent, never as HTML. */
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('kg-data').textContent);
  var NK = DATA.nodeKinds, EK = DATA.edgeKinds;
  var FALLBACK = { label: 'Other', color: '#bab0ac', shape: 'dot' };
  var DIM = '#e4e8ec', EDGE_OPACITY = 0.75, EDGE_DIM = 0.05;
  var $ = function (id) { return document.getElementById(id); };

  var byId = new Map();
  DATA.nodes.forEach(function (n) { byId.set(n.id, n); });
  var edgeRecords = DATA.edges.map(function (e, i) { return { id: 'e' + i, f: e.f, t: e.t, k: e.k, w: e.w }; });
  var incident = new Map();
  edgeRecords.forEach(function (e) {
    [e.f, e.t].forEach(function (n) {
      if (!incident.has(n)) incident.set(n, []);
      incident.get(n).push(e);
    });
  });

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function nodeStyle(kind) { return NK[kind] || FALLBACK; }
  function edgeStyle(kind) { return EK[kind] || { label: kind, color: '#ccc', width: 0.5, dashes: false, arrow: false }; }

  // ---------- vis data ----------
  // DataSet.update replaces nested objects whole, so every update below carries complete color/font objects.
  function nodeColor(n, dim) {
    var c = dim ? DIM : nodeStyle(n.k).color;
    return { background: c, border: dim ? DIM : '#ffffff', highlight: { background: c, border: '#1f2933' },
             hover: { background: c, border: '#1f2933' } };
  }
  function nodeFont(n, dim) {
    return { size: n.h ? 36 : 14, color: dim ? 'rgba(0,0,0,0)' : '#1f2933', strokeColor: dim ? 'rgba(255,255,255,0)' : '#ffffff' };
  }
  function visNode(n) {
    return { id: n.id, label: n.l, title: n.t || n.l, x: n.x, y: n.y, value: n.v, shape: nodeStyle(n.k).shape,
             color: nodeColor(n, false), font: nodeFont(n, false), borderWidth: 1 };
  }
  function edgeColor(e, opacity) {
    var s = edgeStyle(e.k), c = { color: s.color, highlight: s.color, hover: s.color };
    if (opacity !== undefined) c.opacity = opacity;
    return c;
  }
  function visEdge(e) {
    var s = edgeStyle(e.k);
    return {
      id: e.id, from: e.f, to: e.t, width: s.width * (e.w ? Math.min(1 + Math.log(e.w), 4) : 1), dashes: !!s.dashes,
      color: edgeColor(e),  // opacity comes from the global option, so dimming all edges is one setOptions call
      arrows: s.arrow ? { to: { enabled: true, scaleFactor: 0.45 } } : { to: { enabled: false } },
    };
  }

  // headline nodes last, so their labels are drawn on top
  var drawOrder = DATA.nodes.filter(function (n) { return !n.h; }).concat(DATA.nodes.filter(function (n) { return n.h; }));
  var nodes = new vis.DataSet(drawOrder.map(visNode));
  var edges = new vis.DataSet(edgeRecords.map(visEdge));
  var edgeById = new Map(edgeRecords.map(function (e) { return [e.id, e]; }));
  var large = DATA.nodes.length > 800;
  var network = new vis.Network($('network'), { nodes: nodes, edges: edges }, {
    physics: false,
    layout: { improvedLayout: false },
    interaction: { hover: !large, tooltipDelay: 200, hideEdgesOnDrag: large, hideEdgesOnZoom: large, multiselect: false },
    nodes: {
      scaling: { min: 4, max: 22, label: { enabled: false, maxVisible: 22, drawThreshold: 8 } },
      font: { face: 'system-ui, sans-serif', strokeWidth: 3 },
    },
    edges: { smooth: false, selectionWidth: 1.5, hoverWidth: 0.5, color: { opacity: EDGE_OPACITY } },
  });

  // ---------- filters ----------
  var hiddenNodeKinds = new Set(), hiddenEdgeKinds = new Set();
  var years = DATA.nodes.filter(function (n) { return typeof n.yr === 'number'; }).map(function (n) { return n.yr; });
  var minYear = years.length ? Math.min.apply(null, years) : null;
  var maxYear = years.length ? Math.max.apply(null, years) : null;
  var nodeHidden = new Map(), edgeHidden = new Map();

  function nodeVisible(n) {
    if (hiddenNodeKinds.has(n.k)) return false;
    if (typeof n.yr !== 'number') return n.k !== 'paper' || $('year-undated').checked;
    var from = parseInt($('year-from').value, 10), to = parseInt($('year-to').value, 10);
    if (!isNaN(from) && n.yr < from) return false;
    if (!isNaN(to) && n.yr > to) return false;
    return true;
  }
  function applyFilters() {
    var nodeUpdates = [], edgeUpdates = [], shown = 0, shownEdges = 0;
    DATA.nodes.forEach(function (n) {
      var hide = !nodeVisible(n);
      if (!hide) shown++;
      if ((nodeHidden.get(n.id) || false) !== hide) { nodeHidden.set(n.id, hide); nodeUpdates.push({ id: n.id, hidden: hide }); }
    });
    edgeRecords.forEach(function (e) {
      var hide = hiddenEdgeKinds.has(e.k) || nodeHidden.get(e.f) || nodeHidden.get(e.t) || false;
      if (!hide) shownEdges++;
      if ((edgeHidden.get(e.id) || false) !== hide) { edgeHidden.set(e.id, hide); edgeUpdates.push({ id: e.id, hidden: hide }); }
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    $('count-nodes').textContent = shown;
    $('count-edges').textContent = shownEdges;
  }

  function legend() {
    var counts = {}, edgeCounts = {};
    DATA.nodes.forEach(function (n) { counts[n.k] = (counts[n.k] || 0) + 1; });
    edgeRecords.forEach(function (e) { edgeCounts[e.k] = (edgeCounts[e.k] || 0) + 1; });
    Object.keys(NK).forEach(function (kind) {
      var s = NK[kind], box = el('input', { type: 'checkbox', 'data-node-kind': kind });
      box.checked = true;
      box.addEventListener('change', function () {
        if (box.checked) hiddenNodeKinds.delete(kind); else hiddenNodeKinds.add(kind);
        applyFilters();
      });
      var swatch = el('span', { class: 'swatch ' + s.shape });
      swatch.style.background = s.color;
      var label = el('label');
      label.append(box, swatch, el('span', null, s.label), el('span', { class: 'n' }, counts[kind] || 0));
      $('legend-nodes').appendChild(label);
    });
    Object.keys(EK).forEach(function (kind) {
      var s = EK[kind], box = el('input', { type: 'checkbox', 'data-edge-kind': kind });
      box.checked = true;
      box.addEventListener('change', function () {
        if (box.checked) hiddenEdgeKinds.delete(kind); else hiddenEdgeKinds.add(kind);
        applyFilters();
      });
      var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('width', '22'); svg.setAttribute('height', '8');
      var line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
      [['x1', 1], ['y1', 4], ['x2', 21], ['y2', 4], ['stroke', s.color], ['stroke-width', Math.max(1.5, s.width * 1.5)]]
        .forEach(function (a) { line.setAttribute(a[0], a[1]); });
      if (s.dashes) line.setAttribute('stroke-dasharray', '4 3');
      svg.appendChild(line);
      var label = el('label');
      label.append(box, svg, el('span', null, s.label), el('span', { class: 'n' }, edgeCounts[kind] || 0));
      $('legend-edges').appendChild(label);
    });
    if (minYear === null) { $('years').hidden = true; }
    else {
      ['year-from', 'year-to'].forEach(function (id) {
        $(id).min = minYear; $(id).max = maxYear;
        $(id).addEventListener('input', applyFilters);
        $(id).addEventListener('change', applyFilters);
      });
      $('year-from').value = minYear; $('year-to').value = maxYear;
    }
    $('year-undated').addEventListener('change', applyFilters);
  }

  // ---------- highlighting ----------
  var lit = null;                 // Set of highlighted node ids, or null
  var dimmed = new Set();         // node ids drawn dimmed
  var explicitEdges = new Set();  // edge ids given their own opacity (the rest follow the global option)
  function dimNodes(on) {
    var updates = [];
    DATA.nodes.forEach(function (n) {
      var dim = on !== null && !on.has(n.id);
      if (dim === dimmed.has(n.id)) return;
      if (dim) dimmed.add(n.id); else dimmed.delete(n.id);
      updates.push({ id: n.id, color: nodeColor(n, dim), font: nodeFont(n, dim) });
    });
    if (updates.length) nodes.update(updates);
  }
  function setEdgeOpacity(bright) {
    var updates = [], base = bright === null ? EDGE_OPACITY : EDGE_DIM;
    network.setOptions({ edges: { color: { opacity: base } } });
    explicitEdges.forEach(function (id) {
      if (bright === null || !bright.has(id)) updates.push({ id: id, color: edgeColor(edgeById.get(id), base) });
    });
    if (bright !== null) bright.forEach(function (id) {
      explicitEdges.add(id);
      updates.push({ id: id, color: edgeColor(edgeById.get(id), 0.95) });
    });
    if (updates.length) edges.update(updates);
  }
  function highlight(ids, withNeighbours) {
    var focus = new Set(ids.filter(function (id) { return byId.has(id); }));
    var on = new Set(focus), bright = new Set();
    focus.forEach(function (id) {
      (incident.get(id) || []).forEach(function (e) {
        if (edgeHidden.get(e.id)) return;
        if (withNeighbours) { on.add(e.f); on.add(e.t); bright.add(e.id); }
        else if (focus.has(e.f) && focus.has(e.t)) bright.add(e.id);
      });
    });
    lit = on;
    dimNodes(on);
    setEdgeOpacity(bright);
    network.selectNodes(Array.from(focus), false);
    return Array.from(focus);
  }
  function clearHighlight() {
    if (lit === null) return;
    lit = null;
    dimNodes(null);
    setEdgeOpacity(null);
    network.unselectAll();
    document.querySelectorAll('.query tr.active').forEach(function (r) { r.classList.remove('active'); });
  }
  function status(text) { $('status').textContent = text; }

  // ---------- details panel ----------
  var SECTIONS = [
    ['authored', 'in', 'Authors'], ['member_of', 'out', 'Collections'], ['affiliated', 'out', 'Organisations'],
    ['published_in', 'out', 'Venue'], ['has_code', 'out', 'Code'],
    ['proposes_method', 'out', 'Proposes methods'], ['uses_method', 'out', 'Uses methods'],
    ['proposes_dataset', 'out', 'Proposes datasets'], ['uses_dataset', 'out', 'Uses datasets'],
    ['cites', 'out', 'Cites'], ['cites', 'in', 'Cited by'],
    ['inferred_cites', 'out', 'Inferred citations (uses what it proposes)'], ['inferred_cites', 'in', 'Inferred cited by'],
    ['authored', 'out', 'Papers'], ['coauthor', 'both', 'Coauthors'],
    ['proposes_method', 'in', 'Proposed by'], ['uses_method', 'in', 'Used by'],
    ['proposes_dataset', 'in', 'Proposed by'], ['uses_dataset', 'in', 'Used by'],
    ['member_of', 'in', 'Papers'], ['affiliated', 'in', 'Papers'], ['published_in', 'in', 'Papers'],
    ['has_code', 'in', 'Code of'], ['variant_of', 'out', 'Variant of'], ['variant_of', 'in', 'Variants'],
  ];
  var SHOWN_ATTRIBUTES = {
    paper: [['date', 'Date'], ['venue', 'Venue'], ['entry_type', 'Type'], ['upvotes', 'Upvotes'], ['author_count', 'Authors'],
            ['doi', 'DOI'], ['arxiv', 'arXiv'], ['openalex', 'OpenAlex'], ['bibtex_keys', 'BibTeX keys'], ['keywords', 'Keywords']],
    person: [['name', 'Name'], ['variants', 'Spellings'], ['orcid', 'ORCID']],
  };
  var SKIP = new Set(['kind', 'label', 'title', 'abstract', 'urls', 'sources', 'evidence', 'date_precision', 'year']);

  function nodeLink(id, label) {
    if (!byId.has(id)) return el('span', { class: 'off', title: 'not shown in this view' }, label);
    var b = el('button', { type: 'button', class: 'node-link', 'data-id': id }, label);
    b.addEventListener('click', function () { choose(id, true); });
    return b;
  }
  function safeHref(url) { return /^https?:\/\//i.test(url) ? url : null; }
  function externalLink(url) {
    var href = safeHref(String(url));
    if (!href) return el('span', null, url);
    return el('a', { href: href, target: '_blank', rel: 'noopener noreferrer' }, url);
  }
  function linkText(l) {
    var x = l.x || {};
    if (l.k === 'authored' && l.d === 'in') return x.written_as && x.written_as !== l.l ? ' (as ' + x.written_as + ')' : '';
    if (l.k === 'authored' && l.d === 'out') return x.position ? ' (author ' + x.position + ')' : '';
    if (l.k === 'coauthor') return ' × ' + (x.weight || 1);
    if (x.via) return ' via ' + x.via.join(', ');
    return '';
  }
  function sortLinks(key, links) {
    if (key === 'authored:in') return links.sort(function (a, b) { return ((a.x || {}).position || 0) - ((b.x || {}).position || 0); });
    if (key === 'coauthor:both') return links.sort(function (a, b) { return ((b.x || {}).weight || 0) - ((a.x || {}).weight || 0) || a.l.localeCompare(b.l); });
    return links.sort(function (a, b) { return a.l.localeCompare(b.l); });
  }
  function textWithMentions(text, spans) {
    var frag = document.createDocumentFragment(), at = 0;
    spans.slice().sort(function (a, b) { return a.start - b.start || b.end - a.end; }).forEach(function (m) {
      if (m.start < at || m.end > text.length || m.start >= m.end) return;
      frag.appendChild(document.createTextNode(text.slice(at, m.start)));
      var mark = el('mark', { class: m.role + ' ' + m.kind, 'data-entity': m.entity,
        title: m.canonical + ' — ' + m.role + ' ' + m.kind + ' (' + m.rule + ', ' + m.confidence + ')' }, text.slice(m.start, m.end));
      mark.addEventListener('click', function () { choose(m.entity, true); });
      frag.appendChild(mark);
      at = m.end;
    });
    frag.appendChild(document.createTextNode(text.slice(at)));
    return frag;
  }
  function section(panel, heading, content) {
    panel.appendChild(el('h3', null, heading));
    panel.appendChild(content);
  }

  function showDetails(id) {
    var n = byId.get(id), d = DATA.details[id];
    var panel = $('panel');
    panel.replaceChildren();
    if (!n || !d) return;
    var a = d.a, s = nodeStyle(n.k), mentions = d.mentions || [];
    var badge = el('span', { class: 'badge' }, n.k);
    badge.style.background = s.color;
    panel.appendChild(badge);
    var heading = el('h2', { class: 'node-title', id: 'panel-title' });
    var titleText = String(a.title || a.name || a.label || id);
    heading.appendChild(textWithMentions(titleText, a.title ? mentions.filter(function (m) { return m.field === 'title'; }) : []));
    panel.appendChild(heading);

    var dl = el('dl');
    (SHOWN_ATTRIBUTES[n.k] || []).forEach(function (pair) {
      var v = a[pair[0]];
      if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) return;
      dl.append(el('dt', null, pair[1]), el('dd', null, Array.isArray(v) ? v.join('; ') : v));
    });
    if (!SHOWN_ATTRIBUTES[n.k]) Object.keys(a).forEach(function (k) {
      if (SKIP.has(k) || k === 'name') return;
      var v = a[k];
      if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) return;
      var dd = el('dd');
      if (k === 'url') dd.appendChild(externalLink(v)); else dd.textContent = Array.isArray(v) ? v.join('; ') : String(v);
      dl.append(el('dt', null, k.replace(/_/g, ' ')), dd);
    });
    if (dl.childNodes.length) panel.appendChild(dl);

    if (a.abstract) {
      var p = el('p', { class: 'abstract', id: 'panel-abstract' });
      p.appendChild(textWithMentions(String(a.abstract), mentions.filter(function (m) { return m.field === 'abstract'; })));
      section(panel, 'Abstract', p);
    }
    var groups = {};
    d.links.forEach(function (l) {
      var key = l.k === 'coauthor' ? 'coauthor:both' : l.k + ':' + l.d;
      (groups[key] = groups[key] || []).push(l);
    });
    var done = new Set();
    SECTIONS.concat(Object.keys(groups).map(function (key) {
      var parts = key.split(':');
      return [parts[0], parts[1], edgeStyle(parts[0]).label + (parts[1] === 'in' ? ' (incoming)' : '')];
    })).forEach(function (sec) {
      var key = sec[0] + ':' + sec[1];
      if (done.has(key) || !groups[key]) return;
      done.add(key);
      var list = el(key === 'authored:in' ? 'ol' : 'ul', { 'data-section': key });
      sortLinks(key, groups[key]).forEach(function (l) {
        var li = el('li');
        li.appendChild(nodeLink(l.id, l.l));
        var extra = linkText(l);
        if (extra) li.appendChild(el('span', { class: 'extra' }, extra));
        if (l.u) { li.appendChild(document.createTextNode(' ')); li.appendChild(externalLink(l.u)); }
        list.appendChild(li);
      });
      section(panel, sec[2] + ' (' + groups[key].length + ')', list);
    });
    if (mentions.length) {
      var ev = el('ul', { class: 'evidence' });
      mentions.forEach(function (m) {
        var li = el('li');
        li.append(el('strong', null, m.canonical), el('span', null, ' ' + m.role + ' ' + m.kind + ' · ' + m.field + ' ' +
          m.start + '–' + m.end + ' · ' + m.rule + ' · ' + m.confidence + ': '), el('q', null, m.sentence));
        ev.appendChild(li);
      });
      section(panel, 'Evidence', ev);
    }
    if (a.urls && a.urls.length) {
      var ul = el('ul');
      a.urls.forEach(function (u) { var li = el('li'); li.appendChild(externalLink(u)); ul.appendChild(li); });
      section(panel, 'Links', ul);
    }
    if (a.evidence && a.evidence.length) {
      var ue = el('ul');
      a.evidence.forEach(function (t) { ue.appendChild(el('li', null, t)); });
      section(panel, 'Why these names are one person', ue);
    }
    if (a.sources && a.sources.length) {
      var us = el('ul', { id: 'panel-sources' });
      a.sources.forEach(function (t) { us.appendChild(el('li', null, t)); });
      section(panel, 'Source', us);
    } else if (a.source) {
      section(panel, 'Source', el('p', null, a.source));
    }
    showTab('panel');
  }

  function choose(id, focus) {
    if (!byId.has(id)) return;
    highlight([id], true);
    showDetails(id);
    status('Selected ' + (byId.get(id).t || byId.get(id).l) + ' and its ' + (lit.size - 1) + ' neighbours.');
    if (focus) network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 300 } });
  }

  network.on('click', function (params) {
    if (params.nodes.length) choose(params.nodes[0], false);
    else if (!params.edges.length) { clearHighlight(); status(''); }
  });

  // ---------- search ----------
  var index = DATA.nodes.map(function (n) {
    var a = (DATA.details[n.id] || {}).a || {};
    var words = [n.t || n.l, a.name || '', (a.variants || []).join(' '), (a.aliases || []).join(' ')].join(' | ');
    return { n: n, text: words.toLowerCase() };
  });
  var results = [], active = -1;
  function search(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var found = [];
    index.forEach(function (item) {
      var at = item.text.indexOf(q);
      if (at < 0) return;
      var rank = at === 0 ? 0 : /[\s|(\-:]/.test(item.text.charAt(at - 1)) ? 1 : 2;
      found.push([rank, -item.n.v, item.n.l, item.n]);
    });
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0); });
    return found.slice(0, 12).map(function (f) { return f[3]; });
  }
  function renderResults() {
    var list = $('search-results');
    list.replaceChildren();
    results.forEach(function (n, i) {
      var li = el('li', { role: 'option', 'data-id': n.id, class: i === active ? 'active' : '' });
      var sw = el('span', { class: 'swatch ' + nodeStyle(n.k).shape });
      sw.style.background = nodeStyle(n.k).color;
      li.append(sw, el('span', null, n.t || n.l), el('span', { class: 'kind' }, n.k));
      li.addEventListener('mousedown', function (event) { event.preventDefault(); pick(n.id); });
      list.appendChild(li);
    });
    list.hidden = results.length === 0;
  }
  function pick(id) {
    var n = byId.get(id);
    $('search').value = n.t || n.l;
    results = []; active = -1; renderResults();
    if (nodeHidden.get(id)) status('That node is hidden by a filter.');
    choose(id, true);
  }
  $('search').addEventListener('input', function () {
    results = search(this.value); active = results.length ? 0 : -1; renderResults();
  });
  $('search').addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && results.length) { active = (active + 1) % results.length; renderResults(); event.preventDefault(); }
    else if (event.key === 'ArrowUp' && results.length) { active = (active - 1 + results.length) % results.length; renderResults(); event.preventDefault(); }
    else if (event.key === 'Enter' && results.length) { pick(results[Math.max(active, 0)].id); event.preventDefault(); }
    else if (event.key === 'Escape') { results = []; renderResults(); }
  });
  $('search').addEventListener('blur', function () { results = []; renderResults(); });

  // ---------- queries ----------
  function showTab(name) {
    document.querySelectorAll('.tabs button').forEach(function (b) { b.setAttribute('aria-selected', String(b.dataset.tab === name)); });
    $('panel').hidden = name !== 'panel';
    $('queries').hidden = name !== 'queries';
  }
  document.querySelectorAll('.tabs button').forEach(function (b) {
    b.addEventListener('click', function () { showTab(b.dataset.tab); });
  });
  function queries() {
    var box = $('queries');
    $('query-count').textContent = '(' + DATA.queries.length + ')';
    if (!DATA.queries.length) { box.appendChild(el('p', { class: 'placeholder' }, 'No queries were run for this build.')); return; }
    DATA.queries.forEach(function (q, qi) {
      var det = el('details', { class: 'query', 'data-query': q.name });
      if (qi === 0) det.open = true;
      det.appendChild(el('summary', null, q.title || q.name));
      if (q.description) det.appendChild(el('p', null, q.description));
      if (q.params.length) det.appendChild(el('p', { class: 'params' }, 'Parameters: ' + q.params.map(function (p) { return p[0] + ' = ' + p[1]; }).join(', ')));
      det.appendChild(el('p', { class: 'params' }, q.name + '.rq'));
      if (q.error) { det.appendChild(el('p', { class: 'error' }, q.error)); box.appendChild(det); return; }
      var shown = q.rows.length < q.rowsTotal ? 'first ' + q.rows.length + ' of ' + q.rowsTotal + ' rows (kg query queries/' + q.name + '.rq prints all)' : q.rows.length + ' row' + (q.rows.length === 1 ? '' : 's');
      det.appendChild(el('p', { class: 'count' }, shown + (q.rows.length ? ' — click a row to highlight its nodes' : '')));
      var table = el('table'), head = el('tr'), body = el('tbody');
      q.columns.forEach(function (c) { head.appendChild(el('th', null, c)); });
      table.appendChild(el('thead')).appendChild(head);
      q.rows.forEach(function (row, ri) {
        var tr = el('tr', { 'data-row': ri });
        row.forEach(function (cell) { tr.appendChild(el('td', null, cell)); });
        tr.addEventListener('click', function () { highlightRow(q, ri, tr); });
        body.appendChild(tr);
      });
      table.appendChild(body);
      det.appendChild(table);
      box.appendChild(det);
    });
  }
  function highlightRow(q, ri, tr) {
    document.querySelectorAll('.query tr.active').forEach(function (r) { r.classList.remove('active'); });
    tr.classList.add('active');
    var named = q.rowNodes[ri] || [];
    var shown = highlight(named, false);
    var missing = named.length - shown.length;
    status(named.length ? 'Highlighted ' + shown.length + ' node' + (shown.length === 1 ? '' : 's') +
      (missing ? '; ' + missing + ' named node' + (missing === 1 ? ' is' : 's are') + ' not shown in this view.' : '.')
      : 'This row names no node of the graph.');
    if (shown.length) network.fit({ nodes: shown, animation: { duration: 300 } });
  }

  // ---------- start ----------
  $('reset').addEventListener('click', function () {
    hiddenNodeKinds.clear(); hiddenEdgeKinds.clear();
    document.querySelectorAll('#controls input[type=checkbox]').forEach(function (b) { b.checked = true; });
    if (minYear !== null) { $('year-from').value = minYear; $('year-to').value = maxYear; }
    applyFilters(); clearHighlight(); status(''); network.fit();
  });
  if (DATA.report.left_out) { $('left-out').textContent = DATA.report.left_out; $('left-out').hidden = false; }
  legend();
  queries();
  applyFilters();
  network.fit();
  network.once('afterDrawing', function () { window.kgReady = true; document.body.setAttribute('data-ready', 'true'); });
  network.redraw();

  window.kg = {
    network: network, nodes: nodes, edges: edges, data: DATA,
    select: function (id) { choose(id, true); },
    litNodeIds: function () { return lit ? Array.from(lit).sort() : []; },
    visibleNodeIds: function () { return DATA.nodes.filter(function (n) { return !nodeHidden.get(n.id); }).map(function (n) { return n.id; }); },
    visibleEdgeKinds: function () {
      var s = new Set();
      edgeRecords.forEach(function (e) { if (!edgeHidden.get(e.id)) s.add(e.k); });
      return Array.from(s).sort();
    },
  };
})();
