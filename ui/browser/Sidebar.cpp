// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sidebar.h"

#include "DepartmentTreeModel.h"
#include "EntityUri.h"
#include "FocusRing.h"
#include "KindBrowser.h"
#include "Labels.h"
#include "Repository.h"
#include "SearchBox.h"
#include "SearchResultDelegate.h"
#include "SearchResultsModel.h"
#include "CrisisCard.h"
#include "CrisisNumbers.h"
#include "SearchService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QListView>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace huanjiao {

Sidebar::Sidebar(const Repository &repository, SearchService &search, QWidget *parent)
    : QWidget(parent)
    , m_search(search)
    , m_box(new SearchBox(this))
    , m_kindFilter(new QComboBox(this))
    , m_departmentFilter(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_kindsPage(new QWidget(this))
    , m_kinds(new KindBrowser(repository, m_kindsPage))
    , m_resultsPage(new QWidget(this))
    , m_results(new QListView(m_resultsPage))
    , m_empty(new QLabel(m_resultsPage))
    , m_crisis(new CrisisCard(m_resultsPage))
    , m_model(new SearchResultsModel(this))
{
    m_kindFilter->addItem(tr("All kinds"));
    for (Kind kind : SearchResultsModel::kindOrder()) {
        if (kind != Kind::Source)
            m_kindFilter->addItem(Labels::kindPlural(kind), int(kind));
    }
    m_kindFilter->setAccessibleName(tr("Show only"));
    fillDepartments();
    m_departmentFilter->setAccessibleName(tr("Department"));
    // Sized by a length, not by measuring every department's name: the names
    // are content (long ones would push the layout), and measuring them would
    // load the Chinese fonts before the window can first appear.
    for (QComboBox *filter : {m_kindFilter, m_departmentFilter}) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(6);
    }

    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setAccessibleName(tr("Search results"));
    FocusRing::attach(m_results);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setMargin(12);
    m_empty->setOpenExternalLinks(false);
    m_empty->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kindFilter, 1);
    filters->addWidget(m_departmentFilter, 1);
    auto *resultsLayout = new QVBoxLayout(m_resultsPage);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(filters);
    resultsLayout->addWidget(m_crisis);
    resultsLayout->addWidget(m_empty);
    resultsLayout->addWidget(m_results, 1);
    resultsLayout->addStretch(); // short pages (a card, a message) stay at the top

    auto *kindsLayout = new QVBoxLayout(m_kindsPage);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    kindsLayout->setSpacing(0);
    kindsLayout->addWidget(m_kinds, 1);
    m_stack->addWidget(m_kindsPage);
    m_stack->addWidget(m_resultsPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->addWidget(m_box);
    layout->addWidget(m_stack, 1);

    connect(m_box, &QLineEdit::textEdited, this, &Sidebar::runSearch);
    connect(m_box, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button edits without textEdited
            runSearch();
    });
    connect(m_box, &SearchBox::navigate, this, &Sidebar::navigate);
    connect(m_box, &SearchBox::accepted, this, &Sidebar::openCurrent);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &Sidebar::runSearch);
    connect(m_departmentFilter, &QComboBox::currentIndexChanged, this, &Sidebar::runSearch);
    connect(&m_search, &SearchService::resultsReady, this, &Sidebar::showResults);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(SearchResultsModel::IsHeaderRole).toBool())
            emit openRequested(index.data(SearchResultsModel::UriRole).toUrl(), false);
    });
    connect(m_results, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (!index.data(SearchResultsModel::IsHeaderRole).toBool())
            emit openRequested(index.data(SearchResultsModel::UriRole).toUrl(), false);
    });
    connect(m_crisis, &CrisisCard::openRequested, this, [this](const QUrl &url) { emit openRequested(url, false); });
    connect(m_empty, &QLabel::linkActivated, this, [this](const QString &link) {
        EntityUri uri;
        if (EntityUri::parse(link, &uri))
            emit openRequested(uri.toUrl(), false);
    });
    connect(m_kinds, &KindBrowser::openRequested, this, &Sidebar::openRequested);
}

void Sidebar::fillDepartments()
{
    // Two levels, as the department filter of the lists shows them.
    const DepartmentTreeModel *tree = m_kinds->departmentModel();
    m_departmentFilter->addItem(tr("All departments"), qint64(0));
    for (int row = 0; row < tree->rowCount(); ++row) {
        const QModelIndex top = tree->index(row, DepartmentTreeModel::NameColumn);
        m_departmentFilter->addItem(top.data().toString(), top.data(DepartmentTreeModel::RowidRole));
        for (int childRow = 0; childRow < tree->rowCount(top); ++childRow) {
            const QModelIndex child = tree->index(childRow, DepartmentTreeModel::NameColumn, top);
            m_departmentFilter->addItem(QStringLiteral("　") + child.data().toString(),
                                        child.data(DepartmentTreeModel::RowidRole));
        }
    }
}

QList<QAbstractItemView *> Sidebar::itemViews() const
{
    return {m_kindFilter->view(), m_departmentFilter->view(), m_results};
}

void Sidebar::insertUnderSearchBox(QWidget *widget)
{
    auto *column = static_cast<QVBoxLayout *>(layout()); // made in the constructor
    column->insertWidget(column->indexOf(m_box) + 1, widget);
}

void Sidebar::insertAboveKinds(QWidget *widget)
{
    static_cast<QVBoxLayout *>(m_kindsPage->layout())->insertWidget(0, widget);
}

void Sidebar::searchFor(const QString &text)
{
    m_box->setText(text);
    runSearch();
}

void Sidebar::resetForNextVisitor()
{
    m_kindFilter->setCurrentIndex(0);
    m_departmentFilter->setCurrentIndex(0);
    clearSearch();
    m_box->setText(QString()); // also forgets the undo history
    m_results->clearSelection();
    m_results->scrollToTop();
}

void Sidebar::focusSearch()
{
    m_box->setFocus(Qt::ShortcutFocusReason);
    m_box->selectAll();
}

void Sidebar::clearSearch()
{
    m_box->clear();
    runSearch();
}

void Sidebar::runSearch()
{
    const QString text = m_box->text().trimmed();
    if (text.isEmpty()) {
        m_pendingOpen = 0;
        m_search.cancel();
        m_model->clear();
        m_stack->setCurrentWidget(m_kindsPage);
        return;
    }
    SearchOptions options;
    options.limit = 50;
    if (m_kindFilter->currentIndex() > 0)
        options.kind = Kind(m_kindFilter->currentData().toInt());
    options.department = m_departmentFilter->currentData().toLongLong();
    m_search.search(text, options);
}

void Sidebar::showResults(const SearchResults &results)
{
    if (m_box->text().trimmed().isEmpty())
        return; // cleared while this was on its way
    m_stack->setCurrentWidget(m_resultsPage);
    // The clinic may have changed its numbers in the settings since the start.
    if (results.crisis)
        m_crisis->setNumbers(CrisisNumbers::load(QSettings()));
    if (!results.error.isEmpty()) {
        // What a damaged file gave is not shown as results.
        SearchResults nothing;
        nothing.query = results.query;
        m_model->setResults(nothing);
        m_crisis->show(results.crisis); // the help numbers still matter
        m_results->setVisible(false);
        m_empty->setVisible(true);
        m_empty->setText(QStringLiteral("<p>%1</p>").arg(results.error.toHtmlEscaped()));
        return;
    }
    // Before any result, and whether or not anything else matched.
    m_crisis->show(results.crisis);
    m_model->setResults(results);
    const bool none = results.hits.isEmpty();
    m_results->setVisible(!none);
    // Under a crisis card, "nothing found, try fewer characters" would be the wrong words.
    m_empty->setVisible(none && !results.crisis);
    if (none) {
        QString html = tr("Nothing found for “%1”.").arg(results.query).toHtmlEscaped();
        if (!results.suggestions.isEmpty()) {
            QStringList links;
            for (const EntityRef &ref : results.suggestions)
                links << QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(EntityUri{ref.kind, ref.id}.toString().toHtmlEscaped(), ref.name.toHtmlEscaped());
            html += QStringLiteral("<p>%1<br/>%2</p>")
                        .arg(tr("Did you mean:").toHtmlEscaped(), links.join(QStringLiteral("<br/>")));
        } else {
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Try fewer characters, pinyin initials (for example mjjl), or another name.")
                                 .toHtmlEscaped());
        }
        m_empty->setText(html);
        return;
    }
    m_results->setCurrentIndex(m_model->index(m_model->firstHitRow(), 0));
    m_results->scrollToTop();
    if (m_pendingOpen && results.query == m_box->text().trimmed()) {
        const bool newTab = m_pendingOpen == 2;
        m_pendingOpen = 0;
        openCurrent(newTab);
    }
}

void Sidebar::navigate(int key)
{
    if (m_stack->currentWidget() != m_resultsPage || m_model->hitCount() == 0)
        return;
    const int rows = m_model->rowCount();
    int row = m_results->currentIndex().row();
    const int step = (key == Qt::Key_PageUp || key == Qt::Key_PageDown) ? 8 : 1;
    const int direction = (key == Qt::Key_Up || key == Qt::Key_PageUp) ? -1 : 1;
    for (int moved = 0; moved < step;) {
        const int next = row + direction;
        if (next < 0 || next >= rows)
            break;
        row = next;
        if (!m_model->index(row, 0).data(SearchResultsModel::IsHeaderRole).toBool())
            ++moved;
    }
    if (m_model->index(row, 0).data(SearchResultsModel::IsHeaderRole).toBool())
        return;
    m_results->setCurrentIndex(m_model->index(row, 0));
}

void Sidebar::openCurrent(bool newTab)
{
    if (m_model->results().query != m_box->text().trimmed()) {
        m_pendingOpen = newTab ? 2 : 1; // typed faster than the search answered
        return;
    }
    QModelIndex index = m_results->currentIndex();
    if (!index.isValid() && m_model->firstHitRow() >= 0)
        index = m_model->index(m_model->firstHitRow(), 0);
    if (!index.isValid() || index.data(SearchResultsModel::IsHeaderRole).toBool())
        return;
    emit openRequested(index.data(SearchResultsModel::UriRole).toUrl(), newTab);
}

} // namespace huanjiao
