// SPDX-License-Identifier: GPL-3.0-or-later
// Content text that looks like markup, in every disguise Qt's HTML parser
// accepts (a space of any script after "<", a tag split over lines, an entity),
// reaches every widget of the window that shows content: tooltips, lists, the
// department tree, search results, tabs, the basket, labels and message boxes.
// Each one shows it as the text it is: no tag is rendered, no entity decoded,
// no image loaded. The database is written past the validator, as another
// tool could write it.

#include "../database/GeneratedContent.h"
#include "../database/TestDatabase.h"

#include "BrowserWindow.h"
#include "DatabaseWriter.h"
#include "DocumentTabs.h"
#include "EntityUri.h"
#include "HandoutActions.h"
#include "KindBrowser.h"
#include "KindListPage.h"
#include "PageSource.h"
#include "SearchBox.h"
#include "SearchResultsModel.h"
#include "SearchService.h"
#include "Sidebar.h"
#include "UserStore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QMessageBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace huanjiao;

namespace {

// Every disguise carries a probe: "markup-probe" in an image address, "&#x41;"
// (an entity that would turn into "A").
const QString kOneLine = QStringLiteral("<\u3000img src=\"file:///tmp/markup-probe-1.png\">"
                                        "<\u00A0b>粗</b>&#x41;<\u2003/\u2003i>");
const QString kSplit = QStringLiteral("<\nimg src=\"file:///tmp/markup-probe-2.png\">\n<img\nsrc=\"markup-probe-3.png\">");
const QString kProbe = QStringLiteral("markup-probe");
const QString kEntity = QStringLiteral("&#x41;");

// A document as Qt builds it for a label or tooltip, recording every resource
// it is asked for.
class RecordingDocument : public QTextDocument
{
public:
    QVariant loadResource(int type, const QUrl &name) override
    {
        requested.append(name);
        return QTextDocument::loadResource(type, name);
    }
    QList<QUrl> requested;
};

QStringList images(const QTextDocument &document)
{
    QStringList found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                found.append(format.toImageFormat().name());
        }
    }
    return found;
}

} // namespace

class TestContentMarkup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestDatabase m_content;
    std::optional<PageSource> m_pages;
    std::unique_ptr<SearchService> m_search;
    int m_checked = 0;
    QStringList m_failures;

    static ContentSet hostileSet()
    {
        ContentSet set = GeneratedContent::conditions(6);
        static const QStringList references{
            QStringLiteral("department"), QStringLiteral("parent"), QStringLiteral("works-at"),
            QStringLiteral("treated-by"), QStringLiteral("source"), QStringLiteral("status"),
            QStringLiteral("updated")};
        for (ContentRecord &record : set.records) {
            for (SourceField &field : record.source.fields) {
                if (!references.contains(field.key))
                    field.value += kOneLine;
            }
            for (SourceSection &section : record.source.sections)
                section.body += QLatin1Char('\n') + kSplit;
        }
        return set;
    }

    // `text` as `format` makes Qt show it; a failure is recorded with `where`.
    void check(const QString &where, const QString &text, Qt::TextFormat format)
    {
        if (!text.contains(kProbe) && !text.contains(QStringLiteral("#x41;")))
            return; // not content with markup in it
        ++m_checked;
        const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
        RecordingDocument document;
        if (rich)
            document.setHtml(text);
        else
            document.setPlainText(text);
        const QString shown = document.toPlainText();
        QStringList problems;
        if (!images(document).isEmpty())
            problems << QStringLiteral("images %1").arg(images(document).join(QLatin1Char(' ')));
        if (!document.requested.isEmpty())
            problems << QStringLiteral("requested %1").arg(document.requested.constFirst().toString());
        if (text.contains(kProbe) && !shown.contains(kProbe))
            problems << QStringLiteral("a tag was rendered");
        if (text.contains(QStringLiteral("#x41;")) && !shown.contains(kEntity))
            problems << QStringLiteral("an entity was decoded");
        if (!problems.isEmpty())
            m_failures << QStringLiteral("%1: %2 (%3)").arg(where, problems.join(QStringLiteral(", ")), text.left(200));
    }

    void checkModel(const QString &where, const QAbstractItemModel *model, const QModelIndex &parent = {})
    {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                check(where + QStringLiteral(" tooltip"), index.data(Qt::ToolTipRole).toString(), Qt::AutoText);
                check(where + QStringLiteral(" what's this"), index.data(Qt::WhatsThisRole).toString(), Qt::AutoText);
                check(where + QStringLiteral(" status tip"), index.data(Qt::StatusTipRole).toString(), Qt::PlainText);
            }
            checkModel(where, model, model->index(row, 0, parent));
        }
    }

    // Every widget there is, with what it can show as rich text.
    void checkAllWidgets()
    {
        for (QWidget *widget : QApplication::allWidgets()) {
            const QString where = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ')
                + widget->objectName();
            check(where + QStringLiteral(" tooltip"), widget->toolTip(), Qt::AutoText);
            check(where + QStringLiteral(" what's this"), widget->whatsThis(), Qt::AutoText);
            if (auto *label = qobject_cast<QLabel *>(widget))
                check(where + QStringLiteral(" text"), label->text(), label->textFormat());
            if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    check(where + QStringLiteral(" tab tooltip"), tabs->tabToolTip(i), Qt::AutoText);
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model())
                checkModel(where, view->model());
        }
    }

    // Chinese as an input method commits it.
    static void type(QWidget *box, const QString &text)
    {
        box->setFocus();
        QInputMethodEvent typed;
        typed.setCommitString(text);
        QCoreApplication::sendEvent(box, &typed);
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("markup.sqlite"));
        QString error;
        QVERIFY2(DatabaseWriter::write(hostileSet(), path, &error), qPrintable(error));
        QVERIFY2(m_content.open(path, &error), qPrintable(error));
        m_pages.emplace(m_content.repo(), m_content.info());
        m_search = std::make_unique<SearchService>(path);
    }

    void everyWidgetShowsContentAsText()
    {
        QString error;
        auto store = UserStore::open(m_dir.filePath(QStringLiteral("user.sqlite")), &error);
        QVERIFY2(store, qPrintable(error));
        BrowserWindow window(m_content.repo(), *m_pages, *m_search);
        window.setUserStore(store.get());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Every kind's list, every topic in a tab, bookmarked, in history and in the basket.
        for (Kind kind : KindBrowser::kinds()) {
            window.kinds()->showKind(kind);
            window.kinds()->listPage(kind);
        }
        const QList<EntityRef> conditions = m_content.repo().listRange(Kind::Condition, 0, 0, 100);
        QVERIFY(conditions.size() >= 6);
        QList<EntityRef> topics = conditions;
        topics += m_content.repo().listRange(Kind::Doctor, 0, 0, 100);
        topics += m_content.repo().childDepartments(0);
        for (const EntityRef &ref : std::as_const(topics)) {
            const QUrl url = EntityUri{ref.kind, ref.id}.toUrl();
            window.openUrl(url, true);
            window.handouts()->addToBasket(url);
            store->addBookmark(url, ref.name);
        }
        QCoreApplication::processEvents();

        // A search with hits (tooltips carry snippets) and one with none (suggestions).
        type(window.sidebar()->searchBox(), QStringLiteral("病"));
        QTRY_VERIFY(window.sidebar()->resultsModel()->hitCount() > 0);
        checkAllWidgets();
        window.sidebar()->clearSearch();
        type(window.sidebar()->searchBox(), QStringLiteral("阿病病病病病病"));
        QTRY_VERIFY(window.sidebar()->resultsModel()->results().query.startsWith(QStringLiteral("阿病")));
        QCoreApplication::processEvents();
        checkAllWidgets();
        QVERIFY(m_checked > 50);
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // The check itself: markup given to a widget unescaped is caught.
    void theCheckCatchesMarkup()
    {
        m_failures.clear();
        check(QStringLiteral("raw"), QStringLiteral("名") + kOneLine, Qt::RichText);
        check(QStringLiteral("split"), QStringLiteral("<p>名</p>") + kSplit, Qt::AutoText);
        check(QStringLiteral("entity"), QStringLiteral("<p>") + kEntity, Qt::AutoText);
        QCOMPARE(m_failures.size(), 3);
        m_failures.clear();
        check(QStringLiteral("plain"), QStringLiteral("<p>") + kOneLine, Qt::PlainText);
        check(QStringLiteral("escaped"), (QStringLiteral("名") + kOneLine + kSplit).toHtmlEscaped(), Qt::RichText);
        QCOMPARE(m_failures, QStringList());
    }
};

QTEST_MAIN(TestContentMarkup)
#include "tst_contentmarkup.moc"
