/*
 * Draws a Chart.js chart above every table marked data-chart="bar" or "line". The table stays on the page as
 * the chart's accessible alternative (WCAG: the same data as a table), so a chart is progressive enhancement:
 * without JavaScript the page still says everything.
 *
 *   <table data-chart="line" data-chart-title="Planned and released, cumulative" data-chart-columns="3,4"
 *          data-chart-unit="money">
 *
 * Labels come from each body row's first cell; each chosen column (0-based, default every column after the
 * first) is a series named by its header; values come from a cell's data-value, else its text.
 * A table inside a <details> element gets its chart in front of the details, so the chart shows while the
 * table waits behind "Show the data".
 *
 * Words come from the page, which renders them from the message bundles in the reader's language:
 * data-chart-title, data-chart-x and data-chart-y (the axis titles) and data-chart-label (what a screen reader
 * hears for the chart). Amounts on the axis are written in the page's language (the lang of <html>). The English
 * words below are only a fallback for a table that does not say them.
 */
(function () {
  "use strict";

  var COLOURS = ["#1d70b8", "#f47738", "#00703c", "#d4351c", "#4c2c92", "#505a5f"];

  function number(cell) {
    var raw = cell.getAttribute("data-value");
    if (raw === null) {
      raw = cell.textContent.replace(/[£,%\s]/g, "");
    }
    var value = parseFloat(raw);
    return isNaN(value) ? null : value;
  }

  var LANGUAGE = document.documentElement.lang || "en-GB";

  function money(value) {
    return Number(value).toLocaleString(LANGUAGE,
        { style: "currency", currency: "GBP", minimumFractionDigits: 0, maximumFractionDigits: 0 });
  }

  function draw(table) {
    var type = table.getAttribute("data-chart");
    var title = table.getAttribute("data-chart-title") || (table.caption ? table.caption.textContent.trim() : "Chart");
    var headers = table.tHead ? Array.prototype.slice.call(table.tHead.rows[0].cells) : [];
    var rows = Array.prototype.slice.call(table.tBodies[0] ? table.tBodies[0].rows : []);
    if (rows.length === 0 || headers.length < 2) {
      return;
    }
    var columns = (table.getAttribute("data-chart-columns") || "")
        .split(",").filter(function (c) { return c.trim() !== ""; }).map(Number);
    if (columns.length === 0) {
      for (var c = 1; c < headers.length; c++) {
        columns.push(c);
      }
    }
    var labels = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var datasets = columns.map(function (column, i) {
      return {
        label: headers[column].textContent.trim(),
        data: rows.map(function (row) { return row.cells[column] ? number(row.cells[column]) : null; }),
        backgroundColor: COLOURS[i % COLOURS.length],
        borderColor: COLOURS[i % COLOURS.length],
        fill: false,
        tension: 0
      };
    });
    var isMoney = table.getAttribute("data-chart-unit") === "money";

    var figure = document.createElement("figure");
    figure.className = "pf-chart";
    var canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", table.getAttribute("data-chart-label")
        || title + ". The same figures are in the table that follows.");
    figure.appendChild(canvas);
    var anchor = table.closest("details") || table.closest(".pf-table-scroll") || table;
    anchor.parentNode.insertBefore(figure, anchor);

    new window.Chart(canvas, {
      type: type,
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { title: { display: true, text: title }, legend: { position: "bottom" } },
        scales: {
          x: { title: { display: !!table.getAttribute("data-chart-x"), text: table.getAttribute("data-chart-x") } },
          y: {
            beginAtZero: true,
            title: { display: true, text: table.getAttribute("data-chart-y") || (isMoney ? "Pounds (£)" : "Count") },
            ticks: isMoney ? { callback: money } : { precision: 0 }
          }
        }
      }
    });
    table.setAttribute("data-chart-drawn", "true");
  }

  function drawAll() {
    if (!window.Chart) {
      return; // the tables alone still carry the data
    }
    Array.prototype.forEach.call(document.querySelectorAll("table[data-chart]"), draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
}());
