// SPDX-License-Identifier: GPL-3.0-or-later
// Staff at the kiosk, behind the admin PIN: the hidden gesture, the PIN, then
// Settings; what they change (the handout header, the QR link, idle time,
// printing, type size, counting) applies at once, with no restart. Counting,
// when switched on, keeps topic, kind and date only.

#include "PrivateHome.h"
#include "AdminPinDialog.h"
#include "AdminPinStore.h"
#include "BrowserWindow.h"
#include "BundledContent.h"
#include "DocumentTabs.h"
#include "ExitGesture.h"
#include "HandoutActions.h"
#include "HandoutSettings.h"
#include "IdleTimer.h"
#include "KioskController.h"
#include "../PdfTools.h"
#include "PrintController.h"
#include "StaffChoiceDialog.h"
#include "StaffSettingsDialog.h"
#include "UserStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace huanjiao;

namespace {
const QUrl kSpasm(QStringLiteral("huanjiao://condition/hemifacial-spasm"));
const EntityUri kSpasmUri{Kind::Condition, QStringLiteral("hemifacial-spasm")};
const QString kPin = QStringLiteral("246813");
} // namespace

class TestKioskStaff : public QObject
{
    Q_OBJECT

public:
    explicit TestKioskStaff(const QString &home)
        : m_home(home)
    {
    }

private:
    QString m_home;
    test::BundledContent m_content;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<BrowserWindow> m_window;
    std::unique_ptr<KioskController> m_kiosk;
    qint64 m_now = 1000000;

    void makeKiosk()
    {
        KioskSettings kiosk = KioskSettings::load(*m_settings);
        KioskController::setApplicationFont(kiosk);
        m_window = std::make_unique<BrowserWindow>(m_content.repo(), m_content.pages(), m_content.search());
        m_kiosk = std::make_unique<KioskController>(m_window.get(), m_content.repo(), kiosk, *m_settings,
                                                    [this] { return m_now; });
        m_kiosk->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // The hidden gesture, the PIN on the pad, then Settings: the settings dialog.
    StaffSettingsDialog *openStaffSettings()
    {
        emit m_kiosk->exitGesture()->triggered();
        AdminPinDialog *pad = m_kiosk->pinDialog();
        if (!pad || !QTest::qWaitFor([pad] { return pad->isVisible(); }))
            return nullptr;
        for (const QChar digit : kPin)
            QTest::mouseClick(pad->findChild<QPushButton *>(QStringLiteral("pin_") + digit), Qt::LeftButton);
        QTest::mouseClick(pad->findChild<QPushButton *>(QStringLiteral("pin_ok")), Qt::LeftButton);
        StaffChoiceDialog *choice = nullptr;
        if (!QTest::qWaitFor([&] { return (choice = m_kiosk->staffChoice()) && choice->isVisible(); }))
            return nullptr;
        QTest::mouseClick(choice->findChild<QPushButton *>(QStringLiteral("staffSettings")), Qt::LeftButton);
        StaffSettingsDialog *dialog = nullptr;
        QTest::qWaitFor([&] { return (dialog = m_kiosk->staffSettings()) && dialog->isVisible(); });
        return dialog;
    }

    // What the kiosk prints (its one-page summary, no dialog), into a PDF.
    QString printOnce(const QString &name)
    {
        const QString path = m_home + QLatin1Char('/') + name;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        PrintController *controller = m_window->handouts()->printController();
        if (!controller->printTo(&printer, {kSpasmUri}, {HandoutDocument::Layout::Summary, {}}))
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_content.open(&error), qPrintable(error));
        m_settings = std::make_unique<QSettings>();
        QVERIFY(m_settings->fileName().startsWith(m_home));
        QVERIFY(AdminPinStore(*m_settings).setPin(kPin));
    }

    void cleanup()
    {
        m_kiosk.reset();
        m_window.reset();
        m_now += 3600000;
    }

    void gesturePinSettingsHeaderShowsOnTheNextPrint()
    {
        makeKiosk();
        m_window->openUrl(kSpasm);
        const QString before = PdfTools::text(printOnce(QStringLiteral("before.pdf")), 1, 1).text;
        QVERIFY(!before.isEmpty());
        QVERIFY(!before.contains(QStringLiteral("示例社区卫生服务中心")));

        StaffSettingsDialog *dialog = openStaffSettings();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("clinicName"))->setText(QStringLiteral("示例社区卫生服务中心"));
        dialog->findChild<QLineEdit *>(QStringLiteral("phone"))->setText(QStringLiteral("0791-8888-6666"));
        // A link without {id} is refused and said why; the dialog stays.
        auto *link = dialog->findChild<QLineEdit *>(QStringLiteral("qrTemplate"));
        link->setText(QStringLiteral("https://clinic.example/t/"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QLatin1String("{id}")));
        link->setText(QStringLiteral("https://clinic.example/t/{id}"));
        dialog->findChild<QSpinBox *>(QStringLiteral("idleTimeout"))->setValue(45);
        dialog->findChild<QSpinBox *>(QStringLiteral("countdown"))->setValue(5);
        QSignalSpy applied(m_kiosk.get(), &KioskController::settingsApplied);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        QTRY_VERIFY(!m_kiosk->staffSettings());

        // No restart: the next print carries the header and the link's QR code.
        const QString pdf = printOnce(QStringLiteral("after.pdf"));
        const QString after = PdfTools::text(pdf, 1, 1).text;
        QVERIFY2(after.contains(QStringLiteral("示例社区卫生服务中心")), qPrintable(after.left(400)));
        QVERIFY(after.contains(QStringLiteral("0791-8888-6666")));
        QCOMPARE(PdfTools::qrCodes(pdf, 1, m_home), QStringList{QStringLiteral("https://clinic.example/t/hemifacial-spasm")});
        // The idle time too, and it is kept for the next start.
        QCOMPARE(m_kiosk->idleTimer()->timeoutMs(), 45000);
        QCOMPARE(m_kiosk->idleTimer()->countdownMs(), 5000);
        QCOMPARE(KioskSettings::load(*m_settings).idleTimeoutSeconds, 45);
        QSignalSpy reset(m_kiosk.get(), &KioskController::resetDone);
        m_now += 45000 + 5000;
        m_kiosk->idleTimer()->poll();
        QCOMPARE(reset.count(), 1);
        // The kiosk is a kiosk again: the PIN pad and the dialogs are gone.
        QVERIFY(!m_kiosk->isUnlocked());
        QVERIFY(!m_kiosk->staffChoice());
    }

    void printingAndTypeSizeApplyAtOnce()
    {
        makeKiosk();
        m_window->openUrl(kSpasm);
        HandoutActions *handouts = m_window->handouts();
        KioskSettings kiosk = m_kiosk->settings();
        kiosk.printing = KioskSettings::Printing::Off;
        kiosk.fontPointSize = 20;
        m_kiosk->applyStaffSettings(kiosk, HandoutSettings::load(QSettings()));
        QVERIFY(!handouts->printAction()->isVisible());
        QVERIFY(!handouts->addToBasketAction()->isVisible());
        QCOMPARE(QApplication::font().pointSize(), 20);
        QTRY_COMPARE(m_window->font().pointSize(), 20);
        kiosk.printing = KioskSettings::Printing::DefaultPrinter;
        kiosk.fontPointSize = KioskSettings().fontPointSize;
        m_kiosk->applyStaffSettings(kiosk, HandoutSettings::load(QSettings()));
        // Back on, if there is a printer to print on.
        QCOMPARE(handouts->printAction()->isVisible(), PrintController::hasDefaultPrinter());
        QTRY_COMPARE(m_window->font().pointSize(), KioskSettings().fontPointSize);
    }

    // #23: off by default in a kiosk; switched on by staff, each handout
    // leaves its topic, kind and date, and nothing of the visitor.
    void countingInKioskModeKeepsTopicKindAndDateOnly()
    {
        makeKiosk();
        QVERIFY(printOnce(QStringLiteral("uncounted.pdf")).size() > 0);
        QVERIFY(!QFile::exists(UserStore::defaultPath())); // nothing counted, nothing written

        StaffSettingsDialog *dialog = openStaffSettings();
        QVERIFY(dialog);
        auto *count = dialog->findChild<QCheckBox *>(QStringLiteral("countHandouts"));
        QVERIFY(count);
        QVERIFY(!count->isChecked());
        count->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        QVERIFY(HandoutSettings::load(QSettings()).countHandouts);

        // A visitor opens a page and prints it.
        m_window->openUrl(kSpasm);
        QVERIFY(!printOnce(QStringLiteral("counted.pdf")).isEmpty());
        m_kiosk.reset(); // closes the store
        m_window.reset();

        QString error;
        const auto store = UserStore::open(UserStore::defaultPath(), &error);
        QVERIFY2(store, qPrintable(error));
        const QList<HandoutCount> counts = store->handoutCounts();
        QCOMPARE(counts.size(), 1);
        const QString csv = QString::fromUtf8(store->exportHandoutCountsCsv());
        const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        // Three columns: topic, kind, date (and how many); no search, no note, no time of day.
        QVERIFY2(lines.at(1).contains(QLatin1String("condition/hemifacial-spasm")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).contains(QLatin1String("summary")));
        QVERIFY(lines.at(1).contains(QDate::currentDate().toString(Qt::ISODate)));
        QVERIFY(!csv.contains(QLatin1String("mjjl")));
        QVERIFY(!csv.contains(QLatin1Char(':'))); // no time of day
    }
};

int main(int argc, char *argv[])
{
    const huanjiao::test::PrivateHome home; // before the application reads any of it
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Huanjiao"));
    QCoreApplication::setApplicationName(QStringLiteral("huanjiao"));
    TestKioskStaff test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kioskstaff.moc"
