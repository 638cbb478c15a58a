// Interview Handbook: search, link previews and file:// support. The pages work without this script.
(function () {
  'use strict';
  var script = document.currentScript || document.querySelector('script[data-root]');
  var root = (script && script.getAttribute('data-root')) || './';
  var fromDisk = location.protocol === 'file:';

  // Opened from disk, a folder address shows a file listing: point it at the folder's index.html.
  function diskHref(href) {
    if (!fromDisk || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === '#') { return href; }
    var parts = href.split('#');
    if (parts[0] === '' || parts[0].slice(-1) === '/') { parts[0] += 'index.html'; }
    return parts.join('#');
  }
  if (fromDisk) {
    document.querySelectorAll('a[href]').forEach(function (link) {
      link.setAttribute('href', diskHref(link.getAttribute('href')));
    });
  }

  // On a phone the whole note tree would push the page below the fold: start it folded.
  var tree = document.querySelector('details.nav-tree');
  if (tree && window.matchMedia && window.matchMedia('(max-width: 48rem)').matches) { tree.open = false; }

  // The index is a script, not JSON, so it loads from file:// too; it is fetched on first use only.
  var index = null;
  var waiting = [];
  function withIndex(callback) {
    if (index) { callback(index); return; }
    waiting.push(callback);
    if (waiting.length > 1) { return; }
    var tag = document.createElement('script');
    tag.src = root + 'search-index.js';
    tag.onload = function () {
      index = (window.HANDBOOK_SEARCH || []).map(function (doc) {
        doc.lt = doc.t.toLowerCase(); doc.la = doc.a.join(' ').toLowerCase();
        doc.lh = doc.h.join(' ').toLowerCase(); doc.lb = doc.b.toLowerCase();
        doc.lq = doc.q.map(function (q) { return q[0].toLowerCase(); });
        return doc;
      });
      waiting.splice(0).forEach(function (fn) { fn(index); });
    };
    document.head.appendChild(tag);
  }

  function tokens(text) {
    return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }
  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  // Words are found in the text itself and each piece escaped after: marking the escaped HTML found "a" in
  // "&amp;" and showed "Q&amp;A" on screen.
  function markWords(text, words) {
    var alternatives = words.slice().sort(function (a, b) { return b.length - a.length; })
      .map(function (word) { return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); });
    if (alternatives.length === 0) { return escapeHtml(text); }
    var pattern = new RegExp(alternatives.join('|'), 'giu');
    var html = ''; var last = 0; var match;
    while ((match = pattern.exec(text)) !== null) {
      if (match[0].length === 0) { pattern.lastIndex++; continue; }
      html += escapeHtml(text.slice(last, match.index)) + '<mark>' + escapeHtml(match[0]) + '</mark>';
      last = match.index + match[0].length;
    }
    return html + escapeHtml(text.slice(last));
  }
  function snippet(text, words) {
    var lower = text.toLowerCase();
    var at = -1;
    words.some(function (w) { at = lower.indexOf(w); return at >= 0; });
    var start = Math.max(0, at - 60);
    return (start > 0 ? '…' : '') + text.slice(start, start + 180) + (start + 180 < text.length ? '…' : '');
  }

  // Titles and questions weigh more than headings and aliases, which weigh more than body text.
  function search(docs, query) {
    var words = tokens(query);
    if (words.length === 0) { return { words: words, hits: [] }; }
    var hits = [];
    docs.forEach(function (doc) {
      var score = 0; var question = null;
      var all = words.every(function (word) {
        var s = 0;
        if (doc.lt.indexOf(word) >= 0) { s += 10; }
        if (doc.la.indexOf(word) >= 0) { s += 6; }
        doc.lq.forEach(function (q, i) { if (q.indexOf(word) >= 0) { s += 5; question = question || doc.q[i]; } });
        if (doc.lh.indexOf(word) >= 0) { s += 3; }
        if (doc.lb.indexOf(word) >= 0) { s += 1; }
        score += s;
        return s > 0;
      });
      if (all) {
        if (question && !words.every(function (w) { return question[0].toLowerCase().indexOf(w) >= 0; })) {
          question = null;
        }
        // A stage or role that asks the question comes before a page that only mentions it.
        if (question && doc.k) { score += 12; }
        hits.push({ doc: doc, score: score, question: question });
      }
    });
    hits.sort(function (a, b) { return b.score - a.score || a.doc.t.localeCompare(b.doc.t); });
    return { words: words, hits: hits.slice(0, 20) };
  }

  var dialog = document.getElementById('search');
  var input = document.getElementById('search-input');
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var selected = -1;

  function show(query) {
    withIndex(function (docs) {
      var found = search(docs, query);
      selected = found.hits.length ? 0 : -1;
      results.innerHTML = found.hits.map(function (hit, i) {
        var href = root + hit.doc.u + (hit.question && hit.question[1] ? '#' + hit.question[1] : '');
        var detail = hit.question ? '<span class="result-question">' + markWords(hit.question[0], found.words) + '</span>'
          : '<span class="result-snippet">' + markWords(snippet(hit.doc.b, found.words), found.words) + '</span>';
        // The link is the option itself: an option may not hold a focusable link (axe: nested-interactive).
        // Focus stays in the search box (aria-activedescendant), so the options are out of the tab order.
        return '<li role="none"><a role="option" tabindex="-1" id="result-' + i + '" href="' +
          escapeHtml(diskHref(href)) + '"' + (i === 0 ? ' aria-selected="true"' : ' aria-selected="false"') + '>' +
          '<span class="result-title">' + markWords(hit.doc.t, found.words) + '</span>' + detail + '</a></li>';
      }).join('');
      status.textContent = query.trim() === '' ? 'Type to search titles, questions and text.'
        : found.hits.length + (found.hits.length === 1 ? ' result' : ' results');
      input.setAttribute('aria-expanded', found.hits.length ? 'true' : 'false');
      if (selected >= 0) { input.setAttribute('aria-activedescendant', 'result-0'); }
      else { input.removeAttribute('aria-activedescendant'); }
    });
  }
  function move(step) {
    var items = results.querySelectorAll('[role="option"]');
    if (!items.length) { return; }
    if (selected >= 0) { items[selected].setAttribute('aria-selected', 'false'); }
    selected = (selected + step + items.length) % items.length;
    items[selected].setAttribute('aria-selected', 'true');
    items[selected].scrollIntoView({ block: 'nearest' });
    input.setAttribute('aria-activedescendant', items[selected].id);
  }
  function open() {
    if (!dialog) { return; }
    if (!dialog.open) { dialog.showModal(); }
    input.focus();
    input.select();
    show(input.value);
  }
  if (dialog) {
    document.querySelectorAll('[data-open-search]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', open);
    });
    input.addEventListener('input', function () { show(input.value); });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') { event.preventDefault(); move(1); }
      else if (event.key === 'ArrowUp') { event.preventDefault(); move(-1); }
      else if (event.key === 'Enter') {
        var link = results.querySelectorAll('[role="option"]')[Math.max(selected, 0)];
        if (link) { event.preventDefault(); dialog.close(); location.href = link.href; }
      }
    });
    dialog.addEventListener('click', function (event) { if (event.target === dialog) { dialog.close(); } });
    document.addEventListener('keydown', function (event) {
      var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName) ||
        document.activeElement.isContentEditable;
      if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
        event.preventDefault();
        open();
      }
    });
  }

  // Hover previews of internal links, from the same index: no request leaves the page.
  if (window.matchMedia && window.matchMedia('(hover: hover) and (pointer: fine)').matches) {
    var card = document.createElement('div');
    card.className = 'preview';
    card.setAttribute('role', 'tooltip');
    card.hidden = true;
    document.body.appendChild(card);
    var timer = null;
    document.addEventListener('mouseover', function (event) {
      var link = event.target.closest && event.target.closest('.content a.internal, .content a[href^="../"], .sidebar a');
      if (!link || link.closest('.preview')) { return; }
      clearTimeout(timer);
      timer = setTimeout(function () {
        withIndex(function (docs) {
          var target = new URL(link.getAttribute('href'), location.href).pathname.replace(/index\.html$/, '');
          var doc = docs.find(function (d) {
            var path = new URL(root + d.u, location.href).pathname;
            return path === target;
          });
          if (!doc || !doc.x) { return; }
          card.innerHTML = '<strong>' + escapeHtml(doc.t) + '</strong><p>' + escapeHtml(doc.x) + '</p>';
          var box = link.getBoundingClientRect();
          card.style.top = (window.scrollY + box.bottom + 6) + 'px';
          card.style.left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - 340)) + 'px';
          card.hidden = false;
        });
      }, 350);
    });
    document.addEventListener('mouseout', function (event) {
      if (event.target.closest && event.target.closest('a')) { clearTimeout(timer); card.hidden = true; }
    });
  }
})();
