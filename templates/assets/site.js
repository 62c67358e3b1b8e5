// "Show More": progressive enhancement of the plain link to the next page of a list.
// Contract (docs/templates.md): a link marked data-show-more loads its data-show-more-src (when it has
// one) or else its href, takes the children of the matching [data-feed-items] list on that page and
// appends them to its own list, which is named by data-show-more-target="#id" or else is the nearest
// [data-feed-items] before the link. Only a link without data-show-more-src moves the address bar: the
// others (the rail) load fragments that are not pages of their own. Without JavaScript, or when
// anything fails, the link is simply followed.
(function () {
  "use strict";

  var LIST = "[data-feed-items]";
  var LINK = "[data-show-more]";
  var shownPath = location.pathname;

  function precedes(a, b) {
    return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }

  // The list a link appends into, in the given document.
  function listOf(link, doc) {
    var target = link.getAttribute("data-show-more-target");
    if (target) {
      return doc.querySelector(target);
    }
    var lists = doc.querySelectorAll(LIST);
    var found = null;
    for (var i = 0; i < lists.length; i++) {
      if (precedes(lists[i], link)) {
        found = lists[i];
      }
    }
    return found;
  }

  // The element in a fetched page that plays the same part as `element` here: same id, else a link
  // extending the same list (a page may hold several lists, each with its own link), else same position.
  function counterpart(element, selector, doc) {
    if (element.id) {
      return doc.getElementById(element.id);
    }
    var target = element.getAttribute("data-show-more-target");
    if (target) {
      var links = doc.querySelectorAll(selector);
      for (var i = 0; i < links.length; i++) {
        if (links[i].getAttribute("data-show-more-target") === target) {
          return links[i];
        }
      }
      return null;
    }
    var index = Array.prototype.indexOf.call(document.querySelectorAll(selector), element);
    return doc.querySelectorAll(selector)[index] || null;
  }

  // An entry all of whose links lead to the page being read is that page's own item: a rail fragment
  // is shared by many pages, and an item page's rail never shows the item itself.
  function isThisPage(entry, base) {
    var links = entry.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i++) {
      if (new URL(links[i].getAttribute("href"), base).pathname !== location.pathname) {
        return false;
      }
    }
    return links.length > 0;
  }

  function follow(link) {
    location.href = link.href;
  }

  function showMore(link) {
    var list = listOf(link, document);
    if (!list) {
      return false;
    }
    if (link.getAttribute("aria-busy") === "true") {
      return true;
    }
    var source = link.getAttribute("data-show-more-src");
    var pageUrl = source ? new URL(source, location.href).href : link.href;
    link.setAttribute("aria-busy", "true");
    fetch(pageUrl, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status + " " + response.statusText);
        }
        pageUrl = response.url || pageUrl;
        return response.text();
      })
      .then(function (text) {
        var doc = new DOMParser().parseFromString(text, "text/html");
        var nextLink = counterpart(link, LINK, doc);
        var nextList = nextLink ? listOf(nextLink, doc) : counterpart(list, LIST, doc);
        if (!nextList) {
          throw new Error("no list to take items from");
        }
        var first = null;
        Array.prototype.slice.call(nextList.children).forEach(function (child) {
          if (isThisPage(child, pageUrl)) {
            return;
          }
          var item = document.importNode(child, true);
          list.appendChild(item);
          first = first || item;
        });
        if (!source) {
          history.pushState({ showMore: true }, "", pageUrl);
          shownPath = location.pathname;
        }
        if (nextLink) {
          // Resolved against the fetched page, so a relative URL means what it meant there.
          link.href = new URL(nextLink.getAttribute("href"), pageUrl).href;
          var nextSource = nextLink.getAttribute("data-show-more-src");
          if (nextSource) {
            link.setAttribute("data-show-more-src", new URL(nextSource, pageUrl).pathname);
          }
          link.removeAttribute("aria-busy");
        } else {
          (link.closest("[data-show-more-container]") || link).remove();
        }
        if (first) {
          first.setAttribute("tabindex", "-1");
          first.focus();
        }
      })
      .catch(function () {
        follow(link);
      });
    return true;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(LINK);
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || !window.fetch || !window.DOMParser) {
      return;
    }
    if (showMore(link)) {
      event.preventDefault();
    }
  });

  // Items appended in place are not in the history: going back to another page's URL reloads it.
  window.addEventListener("popstate", function () {
    if (location.pathname !== shownPath) {
      location.reload();
    }
  });
})();
