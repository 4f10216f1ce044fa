/// The built-in theme's Mustache templates, compiled into the binary so that `niemyet
/// build` works in any folder. A file `Site/templates/<name>.mustache` replaces the one
/// of the same name. Output is XHTML-clean (quoted attributes, closed void elements),
/// so that any XML parser can read the pages.
enum BuiltInTemplates {
    static let all: [String: String] = [
        "head": head, "foot": foot, "breadcrumb": breadcrumb, "posting": posting,
        "home": home, "campaign": campaign, "unit": unit, "results": results,
        "procedures": procedures, "procedure": procedure, "notfound": notFound,
    ]

    static let head = #"""
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'" />
        <title>{{pageTitle}} | {{site.title}}</title>
        {{#description}}<meta name="description" content="{{.}}" />
        {{/description}}<link rel="canonical" href="{{canonical}}" />
        <link rel="stylesheet" href="{{root}}assets/site.css" />
        <link rel="alternate" type="application/atom+xml" href="{{root}}feed.xml" title="{{site.title}}" />
        {{#jsonLD}}<script type="application/ld+json">{{{.}}}</script>
        {{/jsonLD}}{{#filters}}<script src="{{root}}assets/filter.js" defer="defer"></script>
        {{/filters}}</head>
        <body>
        <a class="skip-link" href="#main">{{labels.skip}}</a>
        <header class="site-header">
        <div class="wrap">
        <a class="site-title" href="{{root}}">{{site.title}}</a>
        {{#site.organization}}<p class="site-organization">{{site.organization}}</p>
        {{/site.organization}}</div>
        <nav class="site-nav" aria-label="{{labels.nav_label}}">
        <ul class="wrap">
        <li><a href="{{root}}">{{labels.nav_home}}</a></li>
        <li><a href="{{root}}thu-tuc/">{{labels.nav_procedures}}</a></li>
        <li><a href="{{root}}data/campaigns.json">{{labels.nav_data}}</a></li>
        <li><a href="{{root}}feed.xml">{{labels.nav_feed}}</a></li>
        </ul>
        </nav>
        </header>

        """#

    static let foot = #"""
        <footer class="site-footer">
        <div class="wrap">
        <h2>{{labels.contact}}</h2>
        <p>{{#site.organization}}{{site.organization}}{{/site.organization}}{{^site.organization}}{{site.title}}{{/site.organization}}</p>
        <dl class="contact">
        {{#site.address}}<dt>{{labels.contact_address}}</dt><dd>{{site.address}}</dd>
        {{/site.address}}{{#site.phone}}<dt>{{labels.contact_phone}}</dt><dd>{{site.phone}}</dd>
        {{/site.phone}}{{#site.email}}<dt>{{labels.contact_email}}</dt><dd><a href="mailto:{{site.email}}">{{site.email}}</a></dd>
        {{/site.email}}</dl>
        </div>
        </footer>
        </body>
        </html>

        """#

    static let breadcrumb = #"""
        <nav class="breadcrumb" aria-label="{{labels.breadcrumb}}">
        <ol>
        {{#crumbs}}<li><a href="{{crumbHref}}">{{crumbTitle}}</a></li>
        {{/crumbs}}<li aria-current="page">{{pageTitle}}</li>
        </ol>
        </nav>

        """#

    static let posting = #"""
        {{#postingHref}}<a href="{{.}}">{{labels.posting_link}}<span class="visually-hidden"> ({{unitName}})</span></a>{{/postingHref}}{{^postingHref}}{{#postingOffline}}{{labels.posting_offline}}{{/postingOffline}}{{^postingOffline}}{{labels.posting_none}}{{/postingOffline}}{{/postingHref}}
        """#

    static let home = #"""
        {{>head}}
        <main id="main" class="wrap" tabindex="-1">
        <h1>{{site.title}}</h1>
        <p class="lead">{{labels.home_intro}}</p>
        {{#groups}}
        <section aria-labelledby="{{groupID}}-heading">
        <h2 id="{{groupID}}-heading">{{groupTitle}}</h2>
        {{#hasItems}}
        <ul class="cards">
        {{#items}}
        <li class="card">
        <h3><a href="{{cardHref}}">{{cardTitle}}</a></h3>
        <p class="dates">{{cardPeriod}}</p>
        {{#cardTheme}}<p><span class="term">{{labels.theme}}:</span> {{cardTheme}}</p>
        {{/cardTheme}}{{#cardSlogan}}<p class="slogan">“{{.}}”</p>
        {{/cardSlogan}}{{#cardSummary}}<p>{{.}}</p>
        {{/cardSummary}}</li>
        {{/items}}
        </ul>
        {{/hasItems}}
        {{^hasItems}}<p>{{labels.home_none}}</p>{{/hasItems}}
        </section>
        {{/groups}}
        </main>
        {{>foot}}
        """#

    static let campaign = #"""
        {{>head}}
        <main id="main" class="wrap" tabindex="-1">
        {{>breadcrumb}}
        <h1>{{campaign.title}}</h1>
        <p class="status status-{{campaign.status}}">{{campaign.statusLabel}}</p>
        <dl class="facts">
        {{#campaign.theme}}<dt>{{labels.theme}}</dt><dd>{{campaign.theme}}</dd>
        {{/campaign.theme}}{{#campaign.slogan}}<dt>{{labels.slogan}}</dt><dd>{{campaign.slogan}}</dd>
        {{/campaign.slogan}}<dt>{{labels.organizer}}</dt><dd>{{campaign.organizer}}</dd>
        <dt>{{labels.dates}}</dt><dd>{{campaign.period}}</dd>
        <dt>{{labels.published}}</dt><dd>{{campaign.published}}</dd>
        </dl>
        {{#campaign.courtesy}}<p class="courtesy">{{.}}</p>
        {{/campaign.courtesy}}<ul class="actions">
        {{#resultsHref}}<li><a href="{{.}}">{{labels.results_link}}</a></li>
        {{/resultsHref}}{{#summaryPosterHref}}<li><a href="{{.}}">{{labels.poster_summary}}</a></li>
        {{/summaryPosterHref}}<li><a href="{{dataHref}}">{{labels.data_campaign}}</a></li>
        </ul>
        {{#hasActivities}}
        <section aria-labelledby="activities-heading">
        <h2 id="activities-heading">{{labels.activities}}</h2>
        <ul class="activities">
        {{#activities}}
        <li>
        <h3>{{activityTitle}}</h3>
        {{#activityPeriod}}<p class="dates">{{.}}</p>
        {{/activityPeriod}}{{{activitySummaryHTML}}}
        </li>
        {{/activities}}
        </ul>
        </section>
        {{/hasActivities}}
        <section aria-labelledby="notice-heading" class="notice">
        <h2 id="notice-heading">{{labels.notice}}</h2>
        {{{campaign.bodyHTML}}}
        </section>
        <section aria-labelledby="procedures-heading">
        <h2 id="procedures-heading">{{labels.procedures}}</h2>
        {{#hasRows}}
        <form class="filters" id="filters" hidden="hidden">
        <fieldset>
        <legend>{{labels.filter_legend}}</legend>
        <div class="filter"><label for="filter-block">{{labels.filter_block}}</label>
        <select id="filter-block" data-filter="block"><option value="">{{labels.filter_all}}</option>{{#filterBlocks}}<option value="{{optionValue}}">{{optionLabel}}</option>{{/filterBlocks}}</select></div>
        <div class="filter"><label for="filter-unit">{{labels.filter_unit}}</label>
        <select id="filter-unit" data-filter="unit"><option value="">{{labels.filter_all}}</option>{{#filterUnits}}<option value="{{optionValue}}">{{optionLabel}}</option>{{/filterUnits}}</select></div>
        <div class="filter"><label for="filter-field">{{labels.filter_field}}</label>
        <select id="filter-field" data-filter="field"><option value="">{{labels.filter_all}}</option>{{#filterFields}}<option value="{{optionValue}}">{{optionLabel}}</option>{{/filterFields}}</select></div>
        </fieldset>
        <p id="filter-count" aria-live="polite" data-template="{{labels.filter_count}}"></p>
        </form>
        <div class="table-wrap" role="region" aria-labelledby="procedures-caption" tabindex="0">
        <table id="procedures-table">
        <caption id="procedures-caption">{{labels.procedures_caption}}</caption>
        <thead>
        <tr><th scope="col">{{labels.col_procedure}}</th><th scope="col">{{labels.col_unit}}</th><th scope="col">{{labels.col_block}}</th><th scope="col">{{labels.col_field}}</th><th scope="col">{{labels.col_standard}}</th><th scope="col">{{labels.col_reduced}}</th><th scope="col">{{labels.col_posting}}</th>{{#posters}}<th scope="col">{{labels.col_poster}}</th>{{/posters}}</tr>
        </thead>
        <tbody>
        {{#rows}}
        <tr data-block="{{blockID}}" data-unit="{{unitID}}" data-field="{{fieldValue}}"><th scope="row">{{procedureName}}{{#code}} <span class="code">({{.}})</span>{{/code}}</th><td><a href="{{unitHref}}">{{unitName}}</a></td><td>{{blockName}}</td><td>{{fieldName}}</td><td>{{standard}}</td><td class="reduced">{{reduced}}</td><td>{{>posting}}</td>{{#posters}}<td><a href="{{posterHref}}">{{labels.col_poster}}<span class="visually-hidden"> ({{unitName}})</span></a></td>{{/posters}}</tr>
        {{/rows}}
        </tbody>
        </table>
        </div>
        {{/hasRows}}
        {{^hasRows}}<p>{{labels.procedures_none}}</p>{{/hasRows}}
        </section>
        </main>
        {{>foot}}
        """#

    static let unit = #"""
        {{>head}}
        <main id="main" class="wrap" tabindex="-1">
        {{>breadcrumb}}
        <h1>{{unit.name}}</h1>
        <dl class="facts">
        <dt>{{labels.unit_campaign}}</dt><dd><a href="{{campaignHref}}">{{campaignTitle}}</a></dd>
        <dt>{{labels.dates}}</dt><dd>{{campaignPeriod}}</dd>
        <dt>{{labels.col_block}}</dt><dd>{{unit.block}}</dd>
        <dt>{{labels.unit_posting}}</dt><dd>{{#unit.postingHref}}<a href="{{.}}">{{unit.postingText}}</a>{{/unit.postingHref}}{{^unit.postingHref}}{{unit.postingText}}{{/unit.postingHref}}</dd>
        {{#unit.address}}<dt>{{labels.unit_address}}</dt><dd>{{unit.address}}</dd>
        {{/unit.address}}{{#unit.phone}}<dt>{{labels.unit_phone}}</dt><dd>{{unit.phone}}</dd>
        {{/unit.phone}}</dl>
        {{#posterHref}}<p class="actions"><a href="{{.}}">{{labels.poster_link}}</a></p>
        {{/posterHref}}{{#check}}
        <section aria-labelledby="check-heading" class="check check-{{checkStatus}}">
        <h2 id="check-heading">{{labels.unit_check}}</h2>
        <p><strong>{{checkLabel}}</strong>{{#checkedAt}} ({{labels.unit_checkedAt}} {{checkedAt}}){{/checkedAt}}</p>
        </section>
        {{/check}}
        <section aria-labelledby="procedures-heading">
        <h2 id="procedures-heading">{{labels.procedures}}</h2>
        {{#hasRows}}
        <div class="table-wrap" role="region" aria-labelledby="procedures-caption" tabindex="0">
        <table>
        <caption id="procedures-caption">{{labels.unit_procedures_caption}}</caption>
        <thead>
        <tr><th scope="col">{{labels.col_procedure}}</th><th scope="col">{{labels.col_code}}</th><th scope="col">{{labels.col_field}}</th><th scope="col">{{labels.col_standard}}</th><th scope="col">{{labels.col_reduced}}</th></tr>
        </thead>
        <tbody>
        {{#rows}}
        <tr><th scope="row">{{procedureName}}</th><td>{{codeText}}</td><td>{{fieldName}}</td><td>{{standard}}</td><td class="reduced">{{reduced}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        </div>
        {{/hasRows}}
        {{^hasRows}}<p>{{labels.procedures_none}}</p>{{/hasRows}}
        </section>
        {{#result}}
        <section aria-labelledby="result-heading">
        <h2 id="result-heading">{{labels.unit_results}}</h2>
        <dl class="facts">
        <dt>{{labels.col_received}}</dt><dd>{{received}}</dd>
        <dt>{{labels.col_sameDay}}</dt><dd>{{sameDay}}</dd>
        <dt>{{labels.col_onTime}}</dt><dd>{{onTime}}</dd>
        <dt>{{labels.col_late}}</dt><dd>{{late}}</dd>
        </dl>
        </section>
        {{/result}}
        {{#unitBodyHTML}}
        <section aria-labelledby="unit-notice-heading" class="notice">
        <h2 id="unit-notice-heading">{{labels.unit_notice}}</h2>
        {{{unitBodyHTML}}}
        </section>
        {{/unitBodyHTML}}
        </main>
        {{>foot}}
        """#

    static let results = #"""
        {{>head}}
        <main id="main" class="wrap" tabindex="-1">
        {{>breadcrumb}}
        <h1>{{pageTitle}}</h1>
        <p><a href="{{campaignHref}}">{{campaignTitle}}</a>, {{campaignPeriod}}</p>
        <section aria-labelledby="blocks-heading">
        <h2 id="blocks-heading">{{labels.results_byBlock}}</h2>
        <figure class="chart">
        <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 {{chart.width}} {{chart.height}}" width="100%" preserveAspectRatio="xMinYMin meet">
        <title id="chart-title">{{labels.results_chart}}</title>
        <desc id="chart-desc">{{chart.description}}</desc>
        {{#chart.bars}}
        <text x="0" y="{{labelY}}" class="chart-label">{{barLabel}}</text>
        <rect x="0" y="{{receivedY}}" width="{{receivedWidth}}" height="{{barHeight}}" class="bar-received" />
        <rect x="0" y="{{sameDayY}}" width="{{sameDayWidth}}" height="{{barHeight}}" class="bar-same-day" />
        <text x="{{receivedTextX}}" y="{{receivedTextY}}" class="chart-value">{{receivedText}}</text>
        <text x="{{sameDayTextX}}" y="{{sameDayTextY}}" class="chart-value">{{sameDayText}}</text>
        {{/chart.bars}}
        </svg>
        <figcaption><span class="key key-received"></span> {{labels.col_received}} <span class="key key-same-day"></span> {{labels.col_sameDay}}</figcaption>
        </figure>
        <div class="table-wrap" role="region" aria-labelledby="blocks-caption" tabindex="0">
        <table>
        <caption id="blocks-caption">{{labels.results_byBlock_caption}}</caption>
        <thead><tr><th scope="col">{{labels.col_block}}</th><th scope="col">{{labels.col_received}}</th><th scope="col">{{labels.col_sameDay}}</th><th scope="col">{{labels.col_onTime}}</th><th scope="col">{{labels.col_late}}</th></tr></thead>
        <tbody>
        {{#blocks}}<tr><th scope="row">{{rowName}}</th><td>{{received}}</td><td>{{sameDay}}</td><td>{{onTime}}</td><td>{{late}}</td></tr>
        {{/blocks}}</tbody>
        <tfoot>{{#total}}<tr><th scope="row">{{labels.col_total}}</th><td>{{received}}</td><td>{{sameDay}}</td><td>{{onTime}}</td><td>{{late}}</td></tr>{{/total}}</tfoot>
        </table>
        </div>
        </section>
        <section aria-labelledby="units-heading">
        <h2 id="units-heading">{{labels.units}}</h2>
        <div class="table-wrap" role="region" aria-labelledby="units-caption" tabindex="0">
        <table>
        <caption id="units-caption">{{labels.results_caption}}</caption>
        <thead><tr><th scope="col">{{labels.col_unit}}</th><th scope="col">{{labels.col_block}}</th><th scope="col">{{labels.col_received}}</th><th scope="col">{{labels.col_sameDay}}</th><th scope="col">{{labels.col_onTime}}</th><th scope="col">{{labels.col_late}}</th></tr></thead>
        <tbody>
        {{#units}}<tr><th scope="row"><a href="{{rowHref}}">{{rowName}}</a></th><td>{{blockName}}</td><td>{{received}}</td><td>{{sameDay}}</td><td>{{onTime}}</td><td>{{late}}</td></tr>
        {{/units}}</tbody>
        </table>
        </div>
        </section>
        </main>
        {{>foot}}
        """#

    static let procedures = #"""
        {{>head}}
        <main id="main" class="wrap" tabindex="-1">
        {{>breadcrumb}}
        <h1>{{pageTitle}}</h1>
        <p class="lead">{{labels.index_intro}}</p>
        {{#hasRows}}
        <div class="table-wrap" role="region" aria-labelledby="index-caption" tabindex="0">
        <table>
        <caption id="index-caption">{{labels.index_caption}}</caption>
        <thead><tr><th scope="col">{{labels.col_procedure}}</th><th scope="col">{{labels.col_field}}</th><th scope="col">{{labels.col_campaigns}}</th><th scope="col">{{labels.col_units}}</th><th scope="col">{{labels.index_fastest}}</th></tr></thead>
        <tbody>
        {{#rows}}<tr><th scope="row"><a href="{{procedureHref}}">{{procedureName}}</a>{{#code}} <span class="code">({{.}})</span>{{/code}}</th><td>{{fieldName}}</td><td>{{campaignCount}}</td><td>{{unitCount}}</td><td class="reduced">{{reduced}}</td></tr>
        {{/rows}}</tbody>
        </table>
        </div>
        {{/hasRows}}
        {{^hasRows}}<p>{{labels.procedures_none}}</p>{{/hasRows}}
        </main>
        {{>foot}}
        """#

    static let procedure = #"""
        {{>head}}
        <main id="main" class="wrap" tabindex="-1">
        {{>breadcrumb}}
        <h1>{{pageTitle}}</h1>
        <dl class="facts">
        <dt>{{labels.col_code}}</dt><dd>{{codeText}}</dd>
        <dt>{{labels.col_field}}</dt><dd>{{fieldName}}</dd>
        </dl>
        <p class="lead">{{labels.procedure_intro}}</p>
        <div class="table-wrap" role="region" aria-labelledby="procedure-caption" tabindex="0">
        <table>
        <caption id="procedure-caption">{{labels.procedure_caption}}</caption>
        <thead><tr><th scope="col">{{labels.col_campaign}}</th><th scope="col">{{labels.col_units}}</th><th scope="col">{{labels.col_standard}}</th><th scope="col">{{labels.index_fastest}}</th></tr></thead>
        <tbody>
        {{#rows}}<tr><th scope="row"><a href="{{campaignHref}}">{{campaignTitle}}</a></th><td>{{unitCount}}</td><td>{{standard}}</td><td class="reduced">{{reduced}}</td></tr>
        {{/rows}}</tbody>
        </table>
        </div>
        <p><a href="{{indexHref}}">{{labels.procedure_back}}</a></p>
        </main>
        {{>foot}}
        """#

    static let notFound = #"""
        {{>head}}
        <main id="main" class="wrap" tabindex="-1">
        <h1>{{pageTitle}}</h1>
        <p>{{labels.notfound_text}}</p>
        <p><a href="{{root}}">{{labels.notfound_home}}</a></p>
        </main>
        {{>foot}}
        """#
}
