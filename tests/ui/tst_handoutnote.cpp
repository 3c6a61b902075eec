// SPDX-License-Identifier: GPL-3.0-or-later
// The personal note at the desk: typed in the export dialog, printed in the
// handout, and gone afterwards: not in the settings, not in the user's store
// (even with handout counting on), not in a temporary or cache file. And the
// counts of what was handed out hold the topic, the kind and the day only.

#include "../PdfTools.h"
#include "../database/TestDatabase.h"

#include "HandoutActions.h"
#include "HandoutChoicePanel.h"
#include "HandoutCounts.h"
#include "HandoutSettings.h"
#include "PrintController.h"
#include "UserStore.h"

#include <QApplication>
#include <QDirIterator>
#include <QFileDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstdlib>

using namespace huanjiao;

namespace {

// Every place the program may write for this user, under one root made
// before Qt starts, so a search of the root is a search of all of them.
QString g_root;

const QString kNote = QStringLiteral("下次复诊 12月15日 带上药盒 NOTE-7f3a");

// Files under `folder` whose bytes contain `text` (as UTF-8 or UTF-16).
QStringList filesContaining(const QString &folder, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray marker = QStringLiteral("NOTE-7f3a").toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16) || bytes.contains(marker))
            found << path;
    }
    return found;
}

} // namespace

class TestHandoutNote : public QObject
{
    Q_OBJECT

    test::TestDatabase m_bundled;
    QString m_out; // where the PDFs go: the one place the note should be

    // Answers the file dialog that export opens with `path`.
    void answerFileDialog(const QString &path)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(50);
        connect(poll, &QTimer::timeout, this, [poll, path] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                poll->stop();
                poll->deleteLater();
                dialog->selectFile(path);
                // The name field is what accept() reads in Qt's own dialog.
                if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                    name->setText(path);
                QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
            }
        });
        poll->start();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_bundled.openBundled(&error), qPrintable(error));
        m_out = g_root + QStringLiteral("/out");
        QVERIFY(QDir().mkpath(m_out));
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(g_root));
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation).startsWith(g_root));
        QVERIFY(QDir::tempPath().startsWith(g_root));
    }

    void noteIsPrintedAndNowhereOnDiskAfterwards()
    {
        QSettings settings;
        HandoutSettings handout = HandoutSettings::load(settings);
        handout.countHandouts = true; // the store gets written: the note must still not reach it
        handout.save(settings);
        settings.sync();

        QString error;
        const auto store = UserStore::open(UserStore::defaultPath(), &error);
        QVERIFY2(store, qPrintable(error));
        const QString pdf = m_out + QStringLiteral("/handout.pdf");
        {
            QMainWindow window;
            HandoutActions actions(m_bundled.repo(), m_bundled.info(), &window);
            actions.setUserStore(store.get());
            window.show();
            bool offered = false;
            connect(actions.printController(), &PrintController::choiceShown, this, [&](QWidget *dialog) {
                auto *panel = dialog->findChild<HandoutChoicePanel *>();
                QVERIFY(panel);
                offered = true;
                panel->findChild<QPlainTextEdit *>(QStringLiteral("patientNote"))->setPlainText(kNote);
                QTimer::singleShot(0, dialog, [dialog] { qobject_cast<QDialog *>(dialog)->accept(); });
            });
            answerFileDialog(pdf);
            actions.printController()->exportPdf(
                {EntityUri{Kind::Condition, QStringLiteral("hemifacial-spasm")}});
            QVERIFY(offered);
        }
        QVERIFY(QFileInfo::exists(pdf));
        const PdfTools::Output text = PdfTools::text(pdf, 1, 1);
        QVERIFY2(text.ok, qPrintable(text.error));
        QVERIFY2(PdfTools::squeezed(text.text).contains(PdfTools::squeezed(kNote)), qPrintable(text.text));

        // Counted: the topic, the kind and the day; nothing of the note.
        const QList<HandoutCount> counts = store->handoutCounts();
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.first().topic, QStringLiteral("condition/hemifacial-spasm"));
        QCOMPARE(counts.first().kind, QStringLiteral("full"));
        QCOMPARE(counts.first().day, QDate::currentDate());
        QVERIFY(!store->exportHandoutCountsCsv().contains("NOTE-7f3a"));

        settings.sync();
        QSqlQuery(store->database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        for (const QString &folder : {QStringLiteral("data"), QStringLiteral("config"), QStringLiteral("cache"),
                                      QStringLiteral("tmp"), QStringLiteral("home")}) {
            const QStringList found = filesContaining(g_root + QLatin1Char('/') + folder, kNote);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
        }
    }

    void summaryIsChosenInTheDialogAndCountedAsSuch()
    {
        QString error;
        const auto store = UserStore::open(UserStore::defaultPath(), &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->clearHandoutCounts());
        QSettings settings;
        settings.setValue(QStringLiteral("handout/countHandouts"), true);
        const QString pdf = m_out + QStringLiteral("/summary.pdf");
        {
            QMainWindow window;
            HandoutActions actions(m_bundled.repo(), m_bundled.info(), &window);
            actions.setUserStore(store.get());
            connect(actions.printController(), &PrintController::choiceShown, this, [](QWidget *dialog) {
                dialog->findChild<QRadioButton *>(QStringLiteral("summaryHandout"))->setChecked(true);
                QTimer::singleShot(0, dialog, [dialog] { qobject_cast<QDialog *>(dialog)->accept(); });
            });
            answerFileDialog(pdf);
            actions.printController()->exportPdf({EntityUri{Kind::Condition, QStringLiteral("hemifacial-spasm")}});
        }
        QVERIFY2(QFileInfo::exists(pdf), qPrintable(QDir(m_out).entryList().join(QLatin1Char(' '))));
        QCOMPARE(PdfTools::info(pdf).pages, 1);
        QCOMPARE(store->handoutCounts().size(), 1);
        QCOMPARE(store->handoutCounts().first().kind, QStringLiteral("summary"));
    }

    void countingIsOffByDefault()
    {
        QSettings settings;
        settings.remove(QStringLiteral("handout/countHandouts"));
        QVERIFY(!HandoutSettings::load(settings).countHandouts);
        QString error;
        const auto store = UserStore::open(UserStore::defaultPath(), &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->clearHandoutCounts());
        QMainWindow window;
        HandoutActions actions(m_bundled.repo(), m_bundled.info(), &window);
        actions.setUserStore(store.get());
        QVERIFY(actions.printController()->exportPdfTo({EntityUri{Kind::Condition, QStringLiteral("hemifacial-spasm")}},
                                                       m_out + QStringLiteral("/plain.pdf")));
        QVERIFY(store->handoutCounts().isEmpty());
    }

    void kioskPrintsNoNote()
    {
        // A kiosk's controller takes no note even if one were handed to it.
        QMainWindow window;
        PrintController printer(m_bundled.repo(), m_bundled.info(), &window);
        printer.setPolicy(PrintController::Policy::DefaultPrinter);
        const QString pdf = m_out + QStringLiteral("/kiosk.pdf");
        QVERIFY(printer.exportPdfTo({EntityUri{Kind::Condition, QStringLiteral("hemifacial-spasm")}}, pdf,
                                    {HandoutDocument::Layout::Summary, kNote}));
        const PdfTools::Output text = PdfTools::text(pdf);
        QVERIFY2(text.ok, qPrintable(text.error));
        QVERIFY(!text.text.contains(QStringLiteral("NOTE-7f3a")));
        QCOMPARE(PdfTools::info(pdf).pages, 1);
    }
};

int main(int argc, char *argv[])
{
    // Before Qt reads any of them: every folder of this user under one root.
    QByteArray root = QDir::tempPath().toUtf8() + "/tst_handoutnote-XXXXXX";
    if (!mkdtemp(root.data()))
        return 2;
    g_root = QString::fromUtf8(root);
    for (const char *folder : {"data", "config", "cache", "tmp", "home", "out"})
        QDir().mkpath(g_root + QLatin1Char('/') + QLatin1String(folder));
    qputenv("XDG_DATA_HOME", root + "/data");
    qputenv("XDG_CONFIG_HOME", root + "/config");
    qputenv("XDG_CACHE_HOME", root + "/cache");
    qputenv("TMPDIR", root + "/tmp");
    qputenv("HOME", root + "/home");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HuanjiaoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_handoutnote"));
    TestHandoutNote test;
    const int result = QTest::qExec(&test, argc, argv);
    QDir(g_root).removeRecursively();
    return result;
}

#include "tst_handoutnote.moc"
