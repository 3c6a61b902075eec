// SPDX-License-Identifier: GPL-3.0-or-later
#include "../PdfTools.h"

#include "BasketPanel.h"
#include "BrowserWindow.h"
#include "BundledContent.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "EntityListView.h"
#include "HandoutActions.h"
#include "HandoutBasket.h"
#include "HandoutDocument.h"
#include "HandoutSettingsDialog.h"
#include "KindBrowser.h"
#include "KindListPage.h"
#include "PrintController.h"
#include "SearchBox.h"
#include "SearchResultsModel.h"
#include "Sidebar.h"
#include "TemporarySettings.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTimer>
#include <QApplication>
#include <QTest>

using namespace huanjiao;

// The handout basket and printing as a user meets them in the browser
// window: actions, the basket panel, and the messages when something fails.
class TestHandoutBasket : public QObject
{
    Q_OBJECT

    test::BundledContent m_content;
    QTemporaryDir m_dir;

    EntityRef ref(Kind kind, const char *id) const { return m_content.repo().ref(kind, QLatin1String(id)); }

    static QMessageBox *message(QWidget *window)
    {
        return window->findChild<QMessageBox *>(QStringLiteral("handoutMessage"));
    }

    static QStringList names(const HandoutBasket &basket)
    {
        QStringList list;
        for (const auto &r : basket.topics())
            list << r.id;
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::useTemporarySettings(m_dir));
        QString error;
        QVERIFY2(m_content.open(&error), qPrintable(error));
    }

    void basketKeepsOrderAndRefusesDuplicates()
    {
        HandoutBasket basket;
        QSignalSpy count(&basket, &HandoutBasket::countChanged);
        QVERIFY(basket.add(ref(Kind::Condition, "hemifacial-spasm")));
        QVERIFY(basket.add(ref(Kind::Drug, "carbamazepine")));
        QVERIFY(basket.add(ref(Kind::Test, "emg-lsr")));
        QVERIFY(!basket.add(ref(Kind::Drug, "carbamazepine")));
        QCOMPARE(basket.rowCount(), 3);
        QCOMPARE(count.count(), 3);
        QCOMPARE(basket.index(0).data().toString(), QStringLiteral("1. 面肌痉挛"));

        QVERIFY(basket.move(0, 2));
        QCOMPARE(names(basket), (QStringList{QStringLiteral("carbamazepine"), QStringLiteral("emg-lsr"),
                                             QStringLiteral("hemifacial-spasm")}));
        QCOMPARE(basket.index(2).data().toString(), QStringLiteral("3. 面肌痉挛")); // renumbered
        QVERIFY(basket.move(2, 0));
        QVERIFY(!basket.move(0, 3));
        QCOMPARE(basket.uris().first().toString(), QStringLiteral("huanjiao://condition/hemifacial-spasm"));

        basket.remove(1);
        QCOMPARE(names(basket), (QStringList{QStringLiteral("hemifacial-spasm"), QStringLiteral("emg-lsr")}));
        basket.clear();
        QCOMPARE(basket.rowCount(), 0);
        QCOMPARE(count.last().first().toInt(), 0);
    }

    void panelButtonsFollowTheSelection()
    {
        HandoutBasket basket;
        BasketPanel panel(&basket);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        const auto button = [&panel](const QString &text) {
            for (auto *b : panel.findChildren<QPushButton *>()) {
                if (b->text() == text)
                    return b;
            }
            return static_cast<QPushButton *>(nullptr);
        };
        QVERIFY(!button(BasketPanel::tr("Print…"))->isEnabled());
        basket.add(ref(Kind::Condition, "hemifacial-spasm"));
        basket.add(ref(Kind::Drug, "carbamazepine"));
        QVERIFY(button(BasketPanel::tr("Print…"))->isEnabled());
        panel.list()->setCurrentIndex(basket.index(1));
        QVERIFY(button(BasketPanel::tr("Up"))->isEnabled());
        QVERIFY(!button(BasketPanel::tr("Down"))->isEnabled());
        button(BasketPanel::tr("Up"))->click();
        QCOMPARE(basket.topics().first().id, QStringLiteral("carbamazepine"));
        QCOMPARE(panel.list()->currentIndex().row(), 0); // the moved topic stays selected

        // Keyboard: Ctrl+Down moves, Delete removes.
        panel.list()->setFocus();
        QTRY_VERIFY(panel.list()->hasFocus());
        QTest::keyClick(panel.list(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(basket.topics().last().id, QStringLiteral("carbamazepine"));
        QTest::keyClick(panel.list(), Qt::Key_Delete);
        QCOMPARE(basket.rowCount(), 1);
        QCOMPARE(basket.topics().first().id, QStringLiteral("hemifacial-spasm"));

        QSignalSpy exported(&panel, &BasketPanel::exportRequested);
        button(BasketPanel::tr("Export PDF…"))->click();
        QCOMPARE(exported.count(), 1);
    }

    void windowActionsFollowThePage()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        HandoutActions *handouts = window.handouts();
        QVERIFY(handouts);
        QCOMPARE(handouts->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        // The home page is not a topic.
        QVERIFY(!handouts->printAction()->isEnabled());
        QVERIFY(!handouts->addToBasketAction()->isEnabled());

        window.openUrl(QUrl(QStringLiteral("huanjiao://condition/hemifacial-spasm")));
        QVERIFY(handouts->printAction()->isEnabled());
        QVERIFY(handouts->exportAction()->isEnabled());
        QVERIFY(handouts->addToBasketAction()->isEnabled());

        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("handoutBasket"));
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        handouts->addToBasketAction()->trigger();
        QCOMPARE(handouts->basket()->rowCount(), 1);
        QVERIFY(dock->isVisible());
        QVERIFY(!handouts->addToBasketAction()->isEnabled()); // in the basket already

        window.openUrl(QUrl(QStringLiteral("huanjiao://doctor/ye-lin")));
        QVERIFY(handouts->addToBasketAction()->isEnabled());
        handouts->addToBasketAction()->trigger();
        // A search result (or any link) goes in by its address.
        QVERIFY(handouts->addToBasket(QUrl(QStringLiteral("huanjiao://drug/carbamazepine"))));
        QVERIFY(!handouts->addToBasket(QUrl(QStringLiteral("huanjiao://home"))));
        QVERIFY(!handouts->addToBasket(QUrl(QStringLiteral("huanjiao://drug/no-such-drug"))));
        QCOMPARE(handouts->basket()->rowCount(), 3);

        window.openUrl(QUrl(QStringLiteral("huanjiao://condition/no-such-page")));
        QVERIFY(!handouts->printAction()->isEnabled());

        // Activating a basket entry opens its page.
        emit handouts->basketPanel()->list()->activated(handouts->basket()->index(1));
        QCOMPARE(window.documents()->currentDocument()->url(), QUrl(QStringLiteral("huanjiao://doctor/ye-lin")));
    }

    void searchResultsAndListsGoInTheBasket()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        HandoutActions *handouts = window.handouts();
        QListView *results = window.sidebar()->resultsView();
        const auto basketAction = [](QWidget *view) { return view->findChild<QAction *>(QStringLiteral("addToBasket")); };
        QVERIFY(basketAction(results));
        QCOMPARE(results->contextMenuPolicy(), Qt::ActionsContextMenu);

        QTest::keyClicks(window.sidebar()->searchBox(), QStringLiteral("mjjl"));
        QTRY_VERIFY(window.sidebar()->resultsModel()->hitCount() > 0);
        QAbstractItemModel *model = results->model();
        int row = 0;
        while (model->index(row, 0).data(SearchResultsModel::IsHeaderRole).toBool())
            ++row;
        results->setCurrentIndex(model->index(row, 0));
        basketAction(results)->trigger();
        QCOMPARE(handouts->basket()->rowCount(), 1);
        QCOMPARE(handouts->basket()->topics().first().name, QStringLiteral("面肌痉挛"));
        // A group heading is not a topic.
        results->setCurrentIndex(model->index(0, 0));
        basketAction(results)->trigger();
        QCOMPARE(handouts->basket()->rowCount(), 1);

        window.sidebar()->clearSearch();
        const int drugTab = int(KindBrowser::kinds().indexOf(Kind::Drug));
        window.kinds()->setCurrentIndex(drugTab);
        QListView *drugs = window.kinds()->listPage(Kind::Drug)->view();
        QVERIFY(drugs && basketAction(drugs));
        QTRY_VERIFY(drugs->model()->rowCount() > 0);
        drugs->setCurrentIndex(drugs->model()->index(0, 0));
        basketAction(drugs)->trigger();
        QCOMPARE(handouts->basket()->rowCount(), 2);
        QCOMPARE(handouts->basket()->topics().last().kind, Kind::Drug);
    }

    void basketExportsOneDocumentWithContents()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        HandoutActions *handouts = window.handouts();
        for (const char *uri : {"huanjiao://condition/hemifacial-spasm", "huanjiao://drug/carbamazepine",
                                "huanjiao://test/emg-lsr", "huanjiao://doctor/ye-lin", "huanjiao://qa/hfs-qa-causes"})
            QVERIFY(handouts->addToBasket(QUrl(QLatin1String(uri))));
        const QString path = m_dir.filePath(QStringLiteral("basket.pdf"));
        QSignalSpy status(handouts->printController(), &PrintController::statusMessage);
        QVERIFY(handouts->printController()->exportPdfTo(handouts->basket()->uris(), path));
        QCOMPARE(status.count(), 1);
        QVERIFY(!message(&window));
        const QString contents = PdfTools::text(path, 1, 1).text;
        QVERIFY(contents.contains(HandoutDocument::tr("Contents")));
        for (const auto &topic : handouts->basket()->topics())
            QVERIFY2(contents.contains(topic.name), qPrintable(topic.name));
    }

    void clinicSettingsReachThePdf()
    {
        {
            QSettings settings;
            HandoutSettings s;
            s.clinicName = QStringLiteral("示例社区医院");
            s.paper = QPageSize::Letter;
            s.save(settings);
        }
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        const QString path = m_dir.filePath(QStringLiteral("settings.pdf"));
        QVERIFY(window.handouts()->printController()->exportPdfTo(
            {EntityUri{Kind::Condition, QStringLiteral("hemifacial-spasm")}}, path));
        QVERIFY(PdfTools::text(path, 1, 1).text.contains(QStringLiteral("示例社区医院")));
        QCOMPARE(qRound(PdfTools::info(path).pageSize.height()), 792);
        QSettings().remove(QStringLiteral("handout"));
    }

    void unwritableFolderShowsAMessage()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/handout.pdf"));
        QVERIFY(!window.handouts()->printController()->exportPdfTo(
            {EntityUri{Kind::Condition, QStringLiteral("hemifacial-spasm")}}, path));
        QMessageBox *box = message(&window);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("no-such-folder")), qPrintable(box->text()));
        QVERIFY(box->isVisible());
        QVERIFY(!QFile::exists(path));
    }

    // With no printer installed Ctrl+P still previews the handout, and its
    // Print button then writes a PDF in the export folder.
    void noPrinterStillPreviewsAndPrintsToPdf()
    {
        if (!QPrinterInfo::availablePrinters().isEmpty())
            QSKIP("a printer is installed here; this checks the preview when there is none");
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        int pages = 0;
        QPrinter::OutputFormat format = QPrinter::NativeFormat;
        QString file;
        QTimer::singleShot(0, &window, [&] {
            QTRY_VERIFY(qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget()));
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            auto *widget = preview->findChild<QPrintPreviewWidget *>();
            QTRY_VERIFY(widget && widget->pageCount() > 0);
            pages = widget->pageCount();
            format = preview->printer()->outputFormat();
            file = preview->printer()->outputFileName();
            preview->reject();
        });
        window.handouts()->printController()->print({EntityUri{Kind::Condition, QStringLiteral("hemifacial-spasm")}});
        QVERIFY(!message(&window)); // no "no printer" dead end
        QVERIFY(pages > 0);
        QCOMPARE(format, QPrinter::PdfFormat);
        QVERIFY2(file.startsWith(PrintController::exportFolder()), qPrintable(file));
        QVERIFY2(file.endsWith(QLatin1String(".pdf")), qPrintable(file));
    }

    void settingsRoundTrip()
    {
        QSettings store(m_dir.filePath(QStringLiteral("roundtrip.ini")), QSettings::IniFormat);
        HandoutSettings s;
        s.clinicName = QStringLiteral("示例社区医院");
        s.logoPath = QStringLiteral("/srv/logo.png");
        s.address = QStringLiteral("健康路 1 号");
        s.phone = QStringLiteral("010-1234-5678");
        s.qrTemplate = QStringLiteral("https://clinic.example/{kind}/{id}");
        s.paper = QPageSize::Letter;
        s.save(store);
        const HandoutSettings back = HandoutSettings::load(store);
        QCOMPARE(back.clinicName, s.clinicName);
        QCOMPARE(back.logoPath, s.logoPath);
        QCOMPARE(back.address, s.address);
        QCOMPARE(back.phone, s.phone);
        QCOMPARE(back.paper, QPageSize::Letter);
        QCOMPARE(back.qrText(Kind::Drug, QStringLiteral("aspirin")), QStringLiteral("https://clinic.example/drug/aspirin"));
        // No link: no code (a huanjiao:// address opens on no phone). A paper nobody knows: A4.
        QVERIFY(HandoutSettings().qrText(Kind::Condition, QStringLiteral("migraine")).isEmpty());
        store.setValue(QStringLiteral("handout/paper"), QStringLiteral("tabloid"));
        QCOMPARE(HandoutSettings::load(store).paper, QPageSize::A4);
    }

    void settingsDialogRefusesWhatCannotBeUsed()
    {
        HandoutSettings s;
        s.clinicName = QStringLiteral("示例社区医院");
        HandoutSettingsDialog dialog(s);
        dialog.show();
        auto *qr = dialog.findChild<QLineEdit *>(QStringLiteral("qrTemplate"));
        auto *logo = dialog.findChild<QLineEdit *>(QStringLiteral("logo"));
        QVERIFY(qr && logo);
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
        QVERIFY(problem);

        qr->setText(QStringLiteral("https://clinic.example/t/"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("{id}")));

        qr->setText(QStringLiteral("https://clinic.example/t/{id}"));
        const QString notAnImage = m_dir.filePath(QStringLiteral("logo.png"));
        QFile file(notAnImage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a picture");
        file.close();
        logo->setText(notAnImage);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(problem->text().contains(notAnImage));

        logo->clear();
        dialog.findChild<QComboBox *>(QStringLiteral("paper"))->setCurrentIndex(1);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const HandoutSettings chosen = dialog.settings();
        QCOMPARE(chosen.clinicName, QStringLiteral("示例社区医院"));
        QCOMPARE(chosen.qrTemplate, QStringLiteral("https://clinic.example/t/{id}"));
        QCOMPARE(chosen.paper, QPageSize::Letter);
    }

    void printerErrorShowsAMessage()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        // A printer whose output cannot be opened fails as a real one that
        // is unplugged does: the painter cannot begin.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_dir.filePath(QStringLiteral("no-such-folder/print.pdf")));
        QVERIFY(!window.handouts()->printController()->printTo(
            &printer, {EntityUri{Kind::Condition, QStringLiteral("hemifacial-spasm")}}));
        QMessageBox *box = message(&window);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("printer reported an error")), qPrintable(box->text()));
    }

    void printingToAWorkingPrinterSucceeds()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(path);
        QVERIFY(window.handouts()->printController()->printTo(
            &printer, {EntityUri{Kind::Test, QStringLiteral("emg-lsr")}}));
        QVERIFY(!message(&window));
        QVERIFY(PdfTools::text(path).text.contains(m_content.repo().ref(Kind::Test, QStringLiteral("emg-lsr")).name));
    }
};

QTEST_MAIN(TestHandoutBasket)
#include "tst_handoutbasket.moc"
