// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClinicPaths.h"
#include "Kind.h"

#include <QMainWindow>

class QAction;
class QTabWidget;

namespace huanjiao {

class CandidateModels;
class HandoutHeaderPage;
class ClinicDocument;
class KindPage;
class LiveCheck;
class Pinyin;
class PreviewPanel;
class PublishReport;
class Publisher;
class SheetActions;

// 内容管理: a page per kind of the clinic's records, the preview beside them,
// and the actions Undo, Preview and Publish. Each change is saved to the
// clinic's layer at once; patients see it once it is published.
class ManagerWindow : public QMainWindow
{
    Q_OBJECT

public:
    ManagerWindow(ClinicDocument &document, const Pinyin &pinyin, const ClinicPaths &paths,
                  QWidget *parent = nullptr);
    ~ManagerWindow() override;

    KindPage *page(Kind kind) const;
    QTabWidget *pages() const { return m_pages; }
    QAction *undoAction() const { return m_undo; }
    QAction *previewAction() const { return m_preview; }
    QAction *publishAction() const { return m_publish; }
    PreviewPanel *preview() const { return m_previewPanel; }
    PublishReport *report() const { return m_report; }
    Publisher *publisher() const { return m_publisher; }
    LiveCheck *liveCheck() const { return m_check; }
    SheetActions *sheets() const { return m_sheets; }
    HandoutHeaderPage *headerPage() const { return m_headerPage; }

private:
    void createActions();
    void currentPageChanged();
    void showError(const QString &error);
    void previewCurrent();

    ClinicDocument &m_document;
    CandidateModels *m_candidates;
    QTabWidget *m_pages;
    QList<KindPage *> m_kindPages;
    PreviewPanel *m_previewPanel;
    PublishReport *m_report;
    Publisher *m_publisher;
    LiveCheck *m_check;
    SheetActions *m_sheets = nullptr;
    HandoutHeaderPage *m_headerPage;
    QAction *m_undo = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_publish = nullptr;
};

} // namespace huanjiao
