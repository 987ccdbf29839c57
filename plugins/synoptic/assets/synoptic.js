// Reading aids for synopsis pages. Each page reads fine without them: the default essays stand
// side by side, every cell is shown whole, and counterparts are reachable through links.
(function () {
  "use strict";

  // Which essays stand side by side: the boxes of the chooser, kept in the URL (?essays=a,b)
  // so that a reader can share the view. An essay without a cell in a row gets an empty one.
  // Where the essay has a passage on the point in another row, the cell points to it, as the
  // page's own empty cells do: "see ¶6 (row 1)" (the row's `data-elsewhere`).
  function emptyCell(id, name, row) {
    var cell = document.createElement("div");
    cell.className = "syn-cell syn-cell--empty";
    cell.dataset.essay = id;
    var head = document.createElement("p");
    head.className = "syn-cell-essay";
    head.textContent = name;
    var text = document.createElement("p");
    text.className = "syn-empty";
    text.textContent = "— nothing on this point —";
    var pointers = (row.dataset.elsewhere || "").split(" ").map(function (pointer) {
      return pointer.split(":");
    }).filter(function (parts) { return parts[0] === id; });
    if (pointers.length) {
      var see = document.createElement("span");
      see.className = "syn-elsewhere";
      see.append(" see ");
      pointers.forEach(function (parts, index) {
        var link = document.createElement("a");
        link.href = "#" + parts[1];
        link.textContent = "¶" + parts[2];
        link.setAttribute("aria-label", name + " ¶" + parts[2] + ", row " + parts[3]);
        see.append(link, " (row " + parts[3] + ")" + (index < pointers.length - 1 ? ", " : ""));
      });
      text.append(see);
    }
    cell.append(head, text);
    return cell;
  }

  function columnHead(synopsis, id, name) {
    var head = document.createElement("p");
    head.className = "syn-colhead";
    head.dataset.essay = id;
    var own = synopsis.querySelector('.syn-cell[data-essay="' + id + '"] .syn-cell-essay a');
    var link = document.createElement("a");
    link.textContent = name;
    link.tabIndex = -1;
    if (own) link.href = own.getAttribute("href");
    head.append(link);
    return head;
  }

  function setUp(synopsis) {
    var boxes = Array.prototype.slice.call(synopsis.querySelectorAll(".syn-choose"));
    // (`?essays=` with no essay is a reader's choice too: every essay hidden)
    var asked = new URLSearchParams(window.location.search).get("essays");
    var wanted = (asked || "").split(",").filter(Boolean);
    var known = wanted.filter(function (id) {
      return boxes.some(function (box) { return box.value === id; });
    });
    if (known.length || asked === "") {
      boxes.forEach(function (box) { box.checked = known.indexOf(box.value) >= 0; });
    }
    // Columns stand in the URL's order (the overview puts the essay whose cell was followed
    // first), then the others in collection order.
    var order = boxes.slice().sort(function (a, b) {
      var i = known.indexOf(a.value), j = known.indexOf(b.value);
      return (i < 0 ? known.length + boxes.indexOf(a) : i) -
        (j < 0 ? known.length + boxes.indexOf(b) : j);
    });

    function apply(remember) {
      var chosen = order.filter(function (box) { return box.checked; });
      var ids = chosen.map(function (box) { return box.value; });
      synopsis.style.setProperty("--syn-columns", String(Math.max(ids.length, 1)));
      synopsis.querySelector(".syn-none-chosen").hidden = ids.length > 0;
      var heads = synopsis.querySelector(".syn-colheads");
      heads.replaceChildren.apply(heads, chosen.map(function (box) {
        return columnHead(synopsis, box.value, box.dataset.name);
      }));
      synopsis.querySelectorAll(".syn-row").forEach(function (row) {
        var cells = row.querySelector(".syn-cells");
        chosen.forEach(function (box, index) {
          var cell = cells.querySelector('.syn-cell[data-essay="' + box.value + '"]');
          if (!cell) {
            cell = emptyCell(box.value, box.dataset.name, row);
            cells.append(cell);
          }
          cell.hidden = false;
          cell.style.order = String(index);
        });
        cells.querySelectorAll(".syn-cell").forEach(function (cell) {
          if (ids.indexOf(cell.dataset.essay) < 0) cell.hidden = true;
        });
        // A row none of the essays shown speaks to says so in a line, not in empty cells; but
        // where an empty cell points to the essay's passage on the point in another row ("see
        // ¶9 (row 2)"), the cells stay: that passage says "Also answers row 1" (a reader's
        // review found the row silent and the passage answering it).
        var silent = ids.length > 0 && !cells.querySelector(
          ".syn-cell:not([hidden]) .syn-para, .syn-cell:not([hidden]) .syn-elsewhere");
        row.classList.toggle("syn-row--silent", silent);
        row.querySelector(".syn-row-silent").hidden = !silent;
        var also = row.querySelector(".syn-also");
        if (also) {
          var items = also.querySelectorAll(".syn-also-item");
          items.forEach(function (item) { item.hidden = ids.indexOf(item.dataset.essay) >= 0; });
          also.hidden = Array.prototype.every.call(items, function (item) { return item.hidden; });
        }
      });
      var shown = document.querySelector(".syn-chooser-shown");
      if (shown) shown.textContent = "(" + ids.length + " of " + boxes.length + ")";
      synopsis.querySelectorAll(".syn-point-who [data-essay]").forEach(function (name) {
        name.hidden = ids.indexOf(name.dataset.essay) < 0;
      });
      if (remember) {
        var url = new URL(window.location.href);
        url.searchParams.set("essays", ids.join(","));
        window.history.replaceState(null, "", url);
      }
    }

    boxes.forEach(function (box) {
      box.addEventListener("change", function () { apply(true); collapse(synopsis); });
    });
    apply(false); // (also marks the rows none of the default essays speaks to)
  }

  // How tall a cell's own content is: a grid stretches a short cell to its row's tallest.
  function contentHeight(cell) {
    var top = cell.getBoundingClientRect().top;
    return Array.prototype.reduce.call(cell.children, function (bottom, child) {
      return Math.max(bottom, child.getBoundingClientRect().bottom - top);
    }, 0);
  }

  // A long cell is cut to a height with a "show all" control, so that the next row is never
  // a long scroll away; without this script every cell is shown whole. Only where the cut
  // hides a quarter of the cell or more: a reader found one that hid two lines and a note,
  // and saved nothing.
  function collapse(synopsis) {
    synopsis.querySelectorAll(".syn-cell:not([hidden])").forEach(function (cell) {
      if (cell.querySelector(".syn-expand")) return;
      var limit = parseFloat(getComputedStyle(document.documentElement).fontSize) * 26;
      if (contentHeight(cell) <= limit * 1.35) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "syn-expand";
      button.setAttribute("aria-expanded", "false");
      button.textContent = "Show all ▾";
      button.addEventListener("click", function () {
        var open = cell.classList.toggle("syn-cell--collapsed") === false;
        button.setAttribute("aria-expanded", String(open));
        button.textContent = open ? "Show less ▴" : "Show all ▾";
      });
      cell.classList.add("syn-cell--collapsed");
      cell.append(button);
    });
  }

  // Focusing or hovering a passage lights up its counterparts, which stand in the same row.
  function light(paragraph, on) {
    (paragraph.dataset.related || "").split(" ").forEach(function (id) {
      var other = id && document.getElementById(id);
      if (other) other.classList.toggle("syn-related-hit", on);
    });
    paragraph.classList.toggle("syn-related-source", on);
  }

  document.querySelectorAll(".syn-synopsis").forEach(function (synopsis) {
    setUp(synopsis);
    collapse(synopsis);
    // A collapsed cell opens when something inside it is reached by its link or keyboard.
    synopsis.addEventListener("focusin", function (event) {
      var cell = event.target.closest(".syn-cell--collapsed");
      var button = cell && cell.querySelector(".syn-expand");
      if (button && event.target !== button) button.click();
    });
  });
  var target = window.location.hash && document.getElementById(window.location.hash.slice(1));
  var held = target && target.closest(".syn-cell--collapsed");
  if (held) held.querySelector(".syn-expand").click();

  document.querySelectorAll(".syn-cell .syn-para[data-related]").forEach(function (paragraph) {
    ["mouseenter", "focusin"].forEach(function (type) {
      paragraph.addEventListener(type, function () { light(paragraph, true); });
    });
    ["mouseleave", "focusout"].forEach(function (type) {
      paragraph.addEventListener(type, function () { light(paragraph, false); });
    });
  });

  // Material's header buttons on a narrow screen (the menu, the search) are labels of hidden
  // checkboxes: no Tab reached them and they had no name (a reader's review). Each becomes a
  // named button in the Tab order; Material presses a focused label on Enter, and Space
  // presses it here, as a button's key.
  [["__drawer", "Open the site's navigation"], ["__search", "Search"]].forEach(function (pair) {
    var toggle = document.getElementById(pair[0]);
    document.querySelectorAll('label.md-header__button[for="' + pair[0] + '"]').forEach(
      function (label) {
        label.setAttribute("role", "button");
        label.setAttribute("tabindex", "0");
        if (!label.hasAttribute("aria-label")) label.setAttribute("aria-label", pair[1]);
        // (says whether what it opens is open, as a disclosure button does)
        var expanded = function () {
          if (toggle) label.setAttribute("aria-expanded", String(toggle.checked));
        };
        expanded();
        if (toggle) toggle.addEventListener("change", expanded);
        label.addEventListener("keydown", function (event) {
          if (event.key === " ") {
            event.preventDefault();
            label.click();
          }
        });
      });
  });
  // Escape closes the site's navigation opened from the keyboard, as it closes the search.
  document.addEventListener("keydown", function (event) {
    var drawer = document.getElementById("__drawer");
    if (event.key === "Escape" && drawer && drawer.checked) {
      drawer.click();
      var menu = document.querySelector('label.md-header__button[for="__drawer"]');
      if (menu) menu.focus();
    }
  });

  // On a phone the list of a theme's points alone filled the first screen above the first row,
  // and the chooser of essays took its last lines (readers' reviews): both folded there, the
  // points opened when the address or a row's "Points" link leads to them.
  var narrow = window.matchMedia("(max-width: 44.9375em)").matches;
  var chooser = document.querySelector(".syn-chooser-fold");
  if (chooser) {
    chooser.hidden = false; // (hidden in the page: without scripts its boxes do nothing)
    if (narrow) chooser.open = false;
  }
  var fold = document.querySelector(".syn-point-fold");
  if (fold) {
    var openFold = function () {
      if (window.location.hash === "#points") fold.open = true;
    };
    if (narrow) fold.open = false;
    openFold();
    window.addEventListener("hashchange", openFold);
    document.querySelectorAll('a[href="#points"]').forEach(function (link) {
      link.addEventListener("click", function () { fold.open = true; });
    });
  }

  // On a phone an essay's paragraphs carried as much again in themes and counterparts (a
  // reader's review: 2,405 px of them under 2,362 px of text): there each paragraph's are
  // folded under one line that says how many, a button that opens them. The paragraph the
  // address leads to (a counterpart's link, a search result) shows its own.
  function count(number, noun) {
    return (number || "no") + " " + noun + (number === 1 ? "" : "s");
  }
  function unfold(aside, open) {
    aside.classList.toggle("syn-para-aside--folded", !open);
    var button = aside.querySelector(".syn-aside-toggle");
    button.setAttribute("aria-expanded", String(open));
    button.lastChild.textContent = open ? " ▴" : " ▾";
  }
  if (narrow) {
    document.querySelectorAll(".syn-para-aside").forEach(function (aside) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "syn-aside-toggle";
      button.append(count(aside.querySelectorAll(".syn-chips > li").length, "theme") + " · " +
        count(aside.querySelectorAll(".syn-counterparts > li").length, "counterpart"),
        document.createElement("span"));
      button.lastChild.setAttribute("aria-hidden", "true");
      button.addEventListener("click", function () {
        unfold(aside, aside.classList.contains("syn-para-aside--folded"));
      });
      aside.prepend(button);
      unfold(aside, false);
    });
    var showTarget = function () {
      var target = window.location.hash && document.getElementById(window.location.hash.slice(1));
      var aside = target && target.querySelector(":scope > .syn-para-aside");
      if (aside) unfold(aside, true);
    };
    showTarget();
    window.addEventListener("hashchange", showTarget);
  }

  // Read from disk, the site is already offline, and the copy unpacked from the zip does not
  // hold the zip: the home page's offer to download it (its list item) goes.
  if (window.location.protocol === "file:") {
    document.querySelectorAll('a[href$="synoptic-offline.zip"]').forEach(function (link) {
      (link.closest("li") || link).hidden = true;
    });
  }

  // The search indexes every word, "a" and "at" too, so that a phrase finds its paragraph; but
  // Material marks the words of a followed result anywhere inside words (?h=a marks every
  // "a" of the page). Before a result is followed (clicked, middle-clicked or opened from the
  // context menu), its link keeps only the words worth marking: two letters or more and not a
  // function word ("UK" and "5G" stay; the index has them in lower case).
  var UNMARKED = new Set(("an as at be by do he if in is it me my no of on or so to up us we " +
    "the and for are was were but not its his her their they them this that with from has " +
    "have had will would can than then you she him our who what which when where how all " +
    "any one").split(" "));
  function worthMarking(word) {
    return word.length > 1 && !UNMARKED.has(word.toLowerCase());
  }
  function markOnlyWorthy(event) {
    var link = event.target.closest && event.target.closest("a.md-search-result__link");
    if (!link) return;
    var url = new URL(link.href);
    var words = (url.searchParams.get("h") || "").split(" ").filter(worthMarking);
    if (words.length) url.searchParams.set("h", words.join(" "));
    else url.searchParams.delete("h");
    link.href = url.toString();
  }
  ["click", "auxclick", "contextmenu"].forEach(function (type) {
    document.addEventListener(type, markOnlyWorthy, true);
  });
})();
