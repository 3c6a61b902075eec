// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreviewPanel.h"

#include "ClinicDocument.h"
#include "ContentDatabase.h"
#include "HandoutRenderer.h"
#include "PageSource.h"
#include "Repository.h"

#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace huanjiao {

namespace {
constexpr qreal kDpi = 96;
constexpr qreal kMmPerInch = 25.4;

// The first page of the handout at screen resolution, on A4 with its margins.
QImage handoutPage(const Entity &entity, bool sample)
{
    const QSizeF paper(210, 297);
    const QMarginsF margins = HandoutRenderer::pageMargins();
    const auto px = [](qreal mm) { return int(mm * kDpi / kMmPerInch); };
    QImage body(px(paper.width() - margins.left() - margins.right()),
                px(paper.height() - margins.top() - margins.bottom()), QImage::Format_RGB32);
    body.setDotsPerMeterX(int(kDpi / kMmPerInch * 1000));
    body.setDotsPerMeterY(int(kDpi / kMmPerInch * 1000));
    body.fill(Qt::white);
    HandoutRenderer::Options options;
    options.settings = HandoutSettings::load(QSettings()); // the clinic's header, as it will print
    options.sampleContent = sample;
    HandoutRenderer renderer({entity}, options);
    renderer.layout(&body);
    {
        QPainter painter(&body);
        renderer.paintPage(&painter, 0);
    }
    QImage page(px(paper.width()), px(paper.height()), QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.drawImage(QPoint(px(margins.left()), px(margins.top())), body);
    painter.setPen(Qt::gray);
    painter.drawRect(page.rect().adjusted(0, 0, -1, -1));
    return page;
}
} // namespace

PreviewPanel::PreviewPanel(const ClinicDocument &document, QString baseLocation, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_base(std::move(baseLocation))
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_page(new QTextBrowser(this))
    , m_handout(new QLabel(this))
{
    m_page->setOpenLinks(false);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_handout);
    scroll->setWidgetResizable(false);
    scroll->setAlignment(Qt::AlignHCenter);
    m_tabs->addTab(m_page, tr("Page"));
    m_tabs->addTab(scroll, tr("Handout"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Preview shows the record chosen as the kiosk will show it."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    connect(&m_watcher, &QFutureWatcher<PreviewBuild::Result>::finished, this, &PreviewPanel::showResult);
}

void PreviewPanel::preview(const SourceRecord &record)
{
    if (m_watcher.isRunning() || !m_folder.isValid())
        return;
    m_record = record;
    m_status->setText(tr("Building the preview…"));
    Kind kind;
    if (!kindFromName(record.kind, &kind))
        return;
    m_watcher.setFuture(
        QtConcurrent::run(&PreviewBuild::run, m_base, m_document.layer(), kind, record, m_folder.path()));
}

void PreviewPanel::showResult()
{
    const PreviewBuild::Result result = m_watcher.result();
    if (result.database.isEmpty()) {
        m_status->setText(tr("No preview: %1").arg(result.problems.join(QLatin1Char('\n'))));
        emit shown(false);
        return;
    }
    bool ok = false;
    {
        OpenError error;
        const auto database = ContentDatabase::open(result.database, &error);
        Kind kind;
        if (database && kindFromName(m_record.kind, &kind)) {
            Repository repository(database->database());
            PageSource pages(repository, database->info());
            const auto page = pages.page(QUrl(QStringLiteral("huanjiao://%1/%2").arg(m_record.kind, m_record.id)));
            m_page->document()->setDefaultStyleSheet(PageRenderer::styleSheet());
            m_page->setHtml(page.html);
            if (const auto entity = repository.entity(kind, m_record.id)) {
                m_handoutImage = handoutPage(*entity, database->info().sample);
                m_handout->setPixmap(QPixmap::fromImage(m_handoutImage));
                m_handout->resize(m_handoutImage.size());
            }
            ok = page.found;
        }
        m_status->setText(ok ? tr("Preview of %1, as it will be published.").arg(m_record.value(QStringLiteral("name")))
                             : tr("No preview: %1").arg(error.message()));
    }
    emit shown(ok);
}

} // namespace huanjiao
