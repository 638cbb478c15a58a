// Interview Handbook: small progressive enhancements. Everything works without this script.
(function () {
  'use strict';
  // Opened from disk, a folder link shows a file listing: point folder links at their index.html.
  if (location.protocol === 'file:') {
    document.querySelectorAll('a[href]').forEach(function (link) {
      var href = link.getAttribute('href');
      if (!/^[a-z]+:/i.test(href) && !href.startsWith('#')) {
        var parts = href.split('#');
        if (parts[0] === '' || parts[0].endsWith('/')) {
          parts[0] = parts[0] + 'index.html';
          link.setAttribute('href', parts.join('#'));
        }
      }
    });
  }
})();
