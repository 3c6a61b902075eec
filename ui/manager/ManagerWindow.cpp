// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManagerWindow.h"

#include "ArticleForm.h"
#include "CandidateModels.h"
#include "ClinicDocument.h"
#include "DepartmentForm.h"
#include "DoctorForm.h"
#include "FieldLabels.h"
#include "HandoutHeaderPage.h"
#include "HospitalForm.h"
#include "KindPage.h"
#include "LeafletForm.h"
#include "LiveCheck.h"
#include "PreviewPanel.h"
#include "PublishReport.h"
#include "Publisher.h"
#include "RecordForm.h"
#include "SheetActions.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace huanjiao {

ManagerWindow::ManagerWindow(ClinicDocument &document, const Pinyin &pinyin, const ClinicPaths &paths,
                             QWidget *parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_candidates(new CandidateModels(document, pinyin, this))
    , m_pages(new QTabWidget(this))
    , m_previewPanel(new PreviewPanel(document, paths.base, this))
    , m_report(new PublishReport(this))
    , m_publisher(new Publisher(document, paths, this))
    , m_check(new LiveCheck(document, this))
    , m_headerPage(new HandoutHeaderPage(this))
{
    setWindowTitle(tr("Content Manager — Huanjiao"));
    const QList<RecordForm *> forms{
        new DoctorForm(*m_candidates), new HospitalForm(*m_candidates), new DepartmentForm(*m_candidates),
        new LeafletForm(*m_candidates), new ArticleForm(*m_candidates)};
    for (RecordForm *form : forms) {
        auto *page = new KindPage(form, document, m_pages);
        m_pages->addTab(page, FieldLabels::kindPlural(form->kind()));
        m_kindPages.append(page);
        connect(page, &KindPage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
        connect(page, &KindPage::failed, this, &ManagerWindow::showError);
    }
    // Not a record of the layer but the clinic's own all the same: the header of its handouts.
    m_pages->addTab(m_headerPage, tr("Handout header"));
    connect(m_headerPage, &HandoutHeaderPage::saved, this, [this] { statusBar()->showMessage(tr("Handout header saved."), 8000); });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_previewPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    auto *dock = new QDockWidget(tr("Publishing"), this);
    dock->setObjectName(QStringLiteral("publishing"));
    dock->setWidget(m_report);
    dock->setFeatures(QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    createActions();
    connect(m_pages, &QTabWidget::currentChanged, this, &ManagerWindow::currentPageChanged);
    connect(m_publisher, &Publisher::finished, this, [this](const Publisher::Report &report) {
        m_report->show(report);
        m_publish->setEnabled(true);
        statusBar()->showMessage(report.summary, 10000);
    });
    statusBar()->showMessage(tr("Changes are saved at once to %1; patients see them after Publish.")
                                 .arg(QDir::toNativeSeparators(document.layer().folder())));
    currentPageChanged();
    resize(1280, 800);
}

ManagerWindow::~ManagerWindow() = default;

KindPage *ManagerWindow::page(Kind kind) const
{
    for (KindPage *page : m_kindPages) {
        if (page->kind() == kind)
            return page;
    }
    return nullptr;
}

void ManagerWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    auto *toolbar = addToolBar(tr("Content"));
    toolbar->setObjectName(QStringLiteral("content"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, [this] {
        QString error;
        if (!m_document.undo(&error))
            showError(error);
    });
    auto updateUndo = [this] {
        m_undo->setEnabled(m_document.canUndo());
        m_undo->setText(m_document.canUndo() ? tr("&Undo %1").arg(m_document.undoText()) : tr("&Undo"));
    };
    connect(&m_document, &ClinicDocument::changed, this, updateUndo);
    edit->addAction(m_undo);

    m_preview = new QAction(tr("&Preview"), this);
    m_preview->setShortcut(QKeySequence::Refresh);
    connect(m_preview, &QAction::triggered, this, &ManagerWindow::previewCurrent);
    edit->addAction(m_preview);

    m_publish = new QAction(tr("P&ublish"), this);
    m_publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_publish, &QAction::triggered, this, [this] {
        m_publish->setEnabled(false);
        m_report->showBusy();
        m_publisher->publish();
    });
    file->addAction(m_publish);
    file->addSeparator();
    m_sheets = new SheetActions(
        m_document,
        [this] {
            auto *page = qobject_cast<KindPage *>(m_pages->currentWidget());
            return page ? page->kind() : Kind::Doctor;
        },
        this, file);
    connect(m_sheets, &SheetActions::finished, this, [this](const Publisher::Report &report) {
        m_report->show(report);
        statusBar()->showMessage(report.summary, 10000);
    });
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    close->setMenuRole(QAction::QuitRole);

    toolbar->addAction(m_undo);
    toolbar->addAction(m_preview);
    toolbar->addAction(m_publish);
}

void ManagerWindow::currentPageChanged()
{
    auto *page = qobject_cast<KindPage *>(m_pages->currentWidget());
    m_check->watch(page ? page->form() : nullptr);
}

void ManagerWindow::showError(const QString &error)
{
    // Not modal: the change is kept in memory and the next save tries again.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not saved"), error, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ManagerWindow::previewCurrent()
{
    auto *page = qobject_cast<KindPage *>(m_pages->currentWidget());
    if (!page)
        return;
    SourceRecord record = page->form()->record();
    if (record.id.isEmpty()) {
        record.id = m_document.suggestId(page->kind(), record.value(QStringLiteral("name")));
    }
    m_previewPanel->preview(record);
}

} // namespace huanjiao
