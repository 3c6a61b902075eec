// SPDX-License-Identifier: GPL-3.0-or-later
// Reading comfort: the type size follows Ctrl+=/-/0 and Ctrl+wheel on every
// tab and is remembered; the themes colour pages as well as the controls;
// the settings and About dialogs say what they should.

#include "AboutDialog.h"
#include "AdminPinStore.h"
#include "AppStyle.h"
#include "BrowserWindow.h"
#include "BundledContent.h"
#include "ContentDatabase.h"
#include "CrisisNumbers.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "Icons.h"
#include "InterfaceSettings.h"
#include "KioskController.h"
#include "KioskSettings.h"
#include "PageRenderer.h"
#include "PageView.h"
#include "SettingsDialog.h"
#include "TemporarySettings.h"
#include "Themes.h"
#include "ViewActions.h"

#include <QFile>
#include <QSet>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QWheelEvent>

using namespace huanjiao;

class TestReadingComfort : public QObject
{
    Q_OBJECT

    test::BundledContent m_content;
    QTemporaryDir m_dir;
    const QUrl m_condition{QStringLiteral("huanjiao://condition/hemifacial-spasm")};

private slots:
    void initTestCase()
    {
        QVERIFY(test::useTemporarySettings(m_dir));
        QString error;
        QVERIFY2(m_content.open(&error), qPrintable(error));
    }

    void init()
    {
        QSettings().clear();
    }

    void zoomKeysSizeEveryTabAndAreRemembered()
    {
        qreal normal = 0;
        {
            BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
            window.openUrl(m_condition, true);
            PageView *first = window.documents()->document(0)->view();
            normal = first->font().pointSizeF();
            QCOMPARE(window.viewActions()->zoom(), 100);
            QCOMPARE(window.viewActions()->zoomInAction()->shortcuts().first(), QKeySequence(Qt::CTRL | Qt::Key_Equal));
            window.viewActions()->zoomInAction()->trigger();
            window.viewActions()->zoomInAction()->trigger();
            QCOMPARE(window.viewActions()->zoom(), 120);
            QCOMPARE(first->font().pointSizeF(), normal * 1.2);
            QCOMPARE(first->document()->defaultFont().pointSizeF(), normal * 1.2);
            QCOMPARE(window.documents()->document(1)->view()->zoom(), 120);
            window.viewActions()->zoomOutAction()->trigger();
            QCOMPARE(window.viewActions()->zoom(), 110);
        }
        {
            // The next run starts at the size the reader left.
            BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
            QCOMPARE(window.viewActions()->zoom(), 110);
            QCOMPARE(window.documents()->currentDocument()->view()->font().pointSizeF(), normal * 1.1);
            // A tab opened later gets it too.
            window.openUrl(m_condition, true);
            QCOMPARE(window.documents()->currentDocument()->view()->zoom(), 110);
            window.viewActions()->zoomResetAction()->trigger();
            QCOMPARE(window.viewActions()->zoom(), 100);
            QCOMPARE(InterfaceSettings::load(QSettings()).zoomPercent, 100);
        }
    }

    void zoomStaysWithinBounds()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        for (int i = 0; i < 50; ++i)
            window.viewActions()->zoomBy(1);
        QCOMPARE(window.viewActions()->zoom(), InterfaceSettings::kMaxZoom);
        QVERIFY(!window.viewActions()->zoomInAction()->isEnabled());
        for (int i = 0; i < 50; ++i)
            window.viewActions()->zoomBy(-1);
        QCOMPARE(window.viewActions()->zoom(), InterfaceSettings::kMinZoom);
        QVERIFY(!window.viewActions()->zoomOutAction()->isEnabled());
        // A hand-edited settings file cannot make the text vanish.
        QSettings().setValue(QStringLiteral("interface/zoom"), 5);
        QCOMPARE(InterfaceSettings::load(QSettings()).zoomPercent, InterfaceSettings::kMinZoom);
        QSettings().setValue(QStringLiteral("interface/zoom"), QStringLiteral("big"));
        QCOMPARE(InterfaceSettings::load(QSettings()).zoomPercent, 100);
    }

    void ctrlWheelZooms()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PageView *view = window.documents()->currentDocument()->view();
        const QPointF at(view->viewport()->rect().center());
        QWheelEvent up(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                       Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &up);
        QCOMPARE(window.viewActions()->zoom(), 110);
        QWheelEvent down(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                         Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &down);
        QApplication::sendEvent(view->viewport(), &down);
        QCOMPARE(window.viewActions()->zoom(), 90);
        // Without Ctrl the wheel scrolls, as always.
        QWheelEvent plain(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &plain);
        QCOMPARE(window.viewActions()->zoom(), 90);
    }

    void highContrastColoursPagesAndControls()
    {
        const QPalette original = QApplication::palette();
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.openUrl(m_condition);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.viewActions()->applyTheme(InterfaceSettings::Theme::HighContrast);
        QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
        QCOMPARE(QApplication::palette().color(QPalette::Text), QColor(Qt::white));
        PageView *view = window.documents()->currentDocument()->view();
        // The page was made anew with white text and yellow, underlined links.
        QTRY_VERIFY(view->document()->defaultStyleSheet().contains(QStringLiteral("#ffff00")));
        const QString sheet = view->document()->defaultStyleSheet();
        QVERIFY2(sheet.contains(QStringLiteral("color: #ffffff")), qPrintable(sheet));
        QVERIFY(sheet.contains(QStringLiteral("color: #ffff00")));
        QVERIFY(sheet.contains(QStringLiteral("underline")));
        QVERIFY(!sheet.contains(QStringLiteral("#5f6b7a"))); // no grey text on black
        // Back to the desktop's own colours.
        window.viewActions()->applyTheme(InterfaceSettings::Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Base), original.color(QPalette::Base));
        QTRY_VERIFY(!view->document()->defaultStyleSheet().contains(QStringLiteral("#ffff00")));
    }

    void toolbarIconsTakeTheThemesTextColour()
    {
        // The icons are drawn in the palette's text colour: dark on light,
        // light on dark, white in high contrast; never a fixed grey that
        // vanishes into one of them.
        const QPalette original = QApplication::palette();
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto inkOf = [&window] {
            const QAction *back = window.findChild<QToolBar *>(QStringLiteral("navigation"))->actions().value(0);
            const QImage image = back->icon().pixmap(QSize(24, 24), QIcon::Normal).toImage();
            // The most opaque pixel is the ink.
            QColor ink(Qt::transparent);
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    if (pixel.alpha() > ink.alpha())
                        ink = pixel;
                }
            }
            return ink;
        };
        window.viewActions()->applyTheme(InterfaceSettings::Theme::Light);
        QVERIFY(inkOf().lightness() < 100);
        window.viewActions()->applyTheme(InterfaceSettings::Theme::Dark);
        QVERIFY(inkOf().lightness() > 180);
        window.viewActions()->applyTheme(InterfaceSettings::Theme::HighContrast);
        QCOMPARE(inkOf().rgb(), QColor(Qt::white).rgb());
        window.viewActions()->applyTheme(InterfaceSettings::Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Base), original.color(QPalette::Base));
    }

    void stockIconsQtAsksForAreOurs()
    {
        // The toolbar's overflow arrow and the tabs' close buttons, made and
        // painted by Qt, come from the app's style and follow the theme too.
        AppStyle style(QStringLiteral("fusion"));
        const QIcon overflow = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        const QIcon close = style.standardIcon(QStyle::SP_TitleBarCloseButton);
        QVERIFY(!overflow.isNull());
        QVERIFY(!close.isNull());
        QCOMPARE(overflow.pixmap(QSize(16, 16)).toImage(), Icons::moreRight().pixmap(QSize(16, 16)).toImage());
        QCOMPARE(close.pixmap(QSize(16, 16)).toImage(), Icons::close().pixmap(QSize(16, 16)).toImage());
        // Everything else is the desktop style's own.
        QVERIFY(!style.standardIcon(QStyle::SP_MessageBoxWarning).isNull());
    }

    void darkThemeHasLightText()
    {
        const QPalette dark = Themes::palette(InterfaceSettings::Theme::Dark, QPalette());
        QVERIFY(Themes::isDark(dark));
        QVERIFY(!Themes::isHighContrast(dark));
        QVERIFY(dark.color(QPalette::Text).lightness() > 200);
        QVERIFY(!Themes::isDark(Themes::palette(InterfaceSettings::Theme::Light, dark)));
        QVERIFY(PageRenderer::styleSheet(Themes::pageColors(dark)).contains(dark.color(QPalette::Text).name()));
    }

    void savedThemeIsAppliedAtStart()
    {
        const QPalette original = QApplication::palette();
        InterfaceSettings s;
        s.theme = InterfaceSettings::Theme::HighContrast;
        QSettings settings;
        s.save(settings);
        {
            BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
            QVERIFY(Themes::isHighContrast(QApplication::palette()));
        }
        QApplication::setPalette(original);
    }

    void settingsRoundTrip()
    {
        InterfaceSettings s;
        s.language = QStringLiteral("en");
        s.zoomPercent = 130;
        s.theme = InterfaceSettings::Theme::Dark;
        SettingsDialog dialog(s);
        const InterfaceSettings back = dialog.settings();
        QCOMPARE(back.language, s.language);
        QCOMPARE(back.zoomPercent, 130);
        QCOMPARE(back.theme, InterfaceSettings::Theme::Dark);
        QSettings settings;
        back.save(settings);
        const InterfaceSettings loaded = InterfaceSettings::load(settings);
        QCOMPARE(loaded.language, QStringLiteral("en"));
        QCOMPARE(loaded.theme, InterfaceSettings::Theme::Dark);
    }

    void settingsRefuseAMissingDatabase()
    {
        SettingsDialog dialog{InterfaceSettings{}};
        auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("database"));
        QVERIFY(database);
        database->setText(m_dir.filePath(QStringLiteral("nowhere.sqlite")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.problem().contains(QStringLiteral("nowhere.sqlite")));
        database->setText(QStringLiteral(HUANJIAO_TEST_DATABASE));
        QVERIFY(dialog.problem().isEmpty());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // The kiosk page writes the [kiosk] keys that KioskSettings::load reads.
    void kioskOptionsRoundTripThroughTheDialog()
    {
        KioskSettings start;
        start.idleTimeoutSeconds = 300;
        start.countdownSeconds = 20;
        start.printing = KioskSettings::Printing::Off;
        start.fontPointSize = 22;
        SettingsDialog dialog(InterfaceSettings{}, start, AdminPinStore::State::None);
        QCOMPARE(dialog.kioskSettings().idleTimeoutSeconds, 300);
        QCOMPARE(dialog.kioskSettings().countdownSeconds, 20);
        QCOMPARE(dialog.kioskSettings().printing, KioskSettings::Printing::Off);
        QCOMPARE(dialog.kioskSettings().fontPointSize, 22);

        dialog.findChild<QSpinBox *>(QStringLiteral("idleTimeout"))->setValue(600);
        dialog.findChild<QSpinBox *>(QStringLiteral("countdown"))->setValue(0);
        auto *printing = dialog.findChild<QComboBox *>(QStringLiteral("printing"));
        printing->setCurrentIndex(printing->findData(int(KioskSettings::Printing::DefaultPrinter)));
        dialog.findChild<QSpinBox *>(QStringLiteral("kioskFontSize"))->setValue(30);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QSettings settings;
        QString error;
        QVERIFY2(dialog.saveKiosk(settings, &error), qPrintable(error));
        // The keys huanjiao(1) documents, with the values it documents.
        QCOMPARE(settings.value(QStringLiteral("kiosk/idleTimeout")).toInt(), 600);
        QCOMPARE(settings.value(QStringLiteral("kiosk/countdown")).toInt(), 0);
        QCOMPARE(settings.value(QStringLiteral("kiosk/printing")).toString(), QStringLiteral("default-printer"));
        QCOMPARE(settings.value(QStringLiteral("kiosk/fontSize")).toInt(), 30);
        const KioskSettings loaded = KioskSettings::load(settings);
        QCOMPARE(loaded.idleTimeoutSeconds, 600);
        QCOMPARE(loaded.countdownSeconds, 0);
        QCOMPARE(loaded.printing, KioskSettings::Printing::DefaultPrinter);
        QCOMPARE(loaded.fontPointSize, 30);
        // No PIN was typed: none is written.
        QVERIFY(!AdminPinStore(settings).hasPin());

        loaded.save(settings);
        KioskSettings off = loaded;
        off.printing = KioskSettings::Printing::Off;
        off.save(settings);
        QCOMPARE(settings.value(QStringLiteral("kiosk/printing")).toString(), QStringLiteral("off"));
        QCOMPARE(KioskSettings::load(settings).printing, KioskSettings::Printing::Off);
    }

    // The crisis card's numbers are set in the dialog, not only in the file:
    // they round-trip, a field left empty gives the national number, and
    // what is not a telephone number is refused with the field to mend.
    void crisisNumbersAreSetInTheDialog()
    {
        QSettings settings;
        settings.remove(QStringLiteral("clinic"));
        {
            SettingsDialog dialog{InterfaceSettings{}};
            dialog.setCrisisNumbers(CrisisNumbers::load(settings));
            auto *line = dialog.findChild<QLineEdit *>(QStringLiteral("mentalHealthLine"));
            auto *ambulance = dialog.findChild<QLineEdit *>(QStringLiteral("emergencyNumber"));
            auto *police = dialog.findChild<QLineEdit *>(QStringLiteral("policeNumber"));
            QVERIFY(line && ambulance && police);
            QCOMPARE(line->text(), QStringLiteral("12356"));
            QCOMPARE(ambulance->text(), QStringLiteral("120"));
            QCOMPARE(police->text(), QStringLiteral("110"));
            // Letters cannot be typed into a number.
            QTest::keyClicks(ambulance, QStringLiteral("abc"));
            QCOMPARE(ambulance->text(), QStringLiteral("120"));

            line->setText(QStringLiteral("0791-8888 1234"));
            police->clear();
            ambulance->setText(QStringLiteral("12"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY2(dialog.problem().contains(QStringLiteral("12")), qPrintable(dialog.problem()));
            QCOMPARE(dialog.pages()->currentIndex(), 1);
            QString error;
            QVERIFY(!dialog.saveKiosk(settings, &error));
            QVERIFY(settings.value(QStringLiteral("clinic/mental-health-line")).isNull());

            ambulance->setText(QStringLiteral("+86 120"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY2(dialog.saveKiosk(settings, &error), qPrintable(error));
        }
        const CrisisNumbers saved = CrisisNumbers::load(settings);
        QCOMPARE(saved.mentalHealthLine, QStringLiteral("0791-8888 1234"));
        QCOMPARE(saved.emergency, QStringLiteral("+86 120"));
        QCOMPARE(saved.police, QStringLiteral("110")); // left empty: the national number
        QVERIFY(!settings.contains(QStringLiteral("clinic/police-number")));
        settings.remove(QStringLiteral("clinic"));
    }

    void kioskOptionsStayWithinBounds()
    {
        SettingsDialog dialog{InterfaceSettings{}};
        auto *idle = dialog.findChild<QSpinBox *>(QStringLiteral("idleTimeout"));
        auto *countdown = dialog.findChild<QSpinBox *>(QStringLiteral("countdown"));
        auto *size = dialog.findChild<QSpinBox *>(QStringLiteral("kioskFontSize"));
        idle->setValue(1);
        countdown->setValue(1000);
        size->setValue(2);
        QCOMPARE(dialog.kioskSettings().idleTimeoutSeconds, KioskSettings::kMinIdleTimeout);
        QCOMPARE(dialog.kioskSettings().countdownSeconds, KioskSettings::kMaxCountdown);
        QCOMPARE(dialog.kioskSettings().fontPointSize, KioskSettings::kMinFontSize);
        idle->setValue(100000);
        size->setValue(500);
        QCOMPARE(dialog.kioskSettings().idleTimeoutSeconds, KioskSettings::kMaxIdleTimeout);
        QCOMPARE(dialog.kioskSettings().fontPointSize, KioskSettings::kMaxFontSize);

        // save() holds to the same bounds as load().
        QSettings settings;
        KioskSettings wild;
        wild.idleTimeoutSeconds = 2;
        wild.countdownSeconds = -5;
        wild.fontPointSize = 100;
        wild.save(settings);
        QCOMPARE(settings.value(QStringLiteral("kiosk/idleTimeout")).toInt(), KioskSettings::kMinIdleTimeout);
        QCOMPARE(settings.value(QStringLiteral("kiosk/countdown")).toInt(), KioskSettings::kMinCountdown);
        QCOMPARE(settings.value(QStringLiteral("kiosk/fontSize")).toInt(), KioskSettings::kMaxFontSize);
        // A hand-edited file: out of range is bounded, no number at all keeps the default.
        settings.setValue(QStringLiteral("kiosk/idleTimeout"), 99999);
        settings.setValue(QStringLiteral("kiosk/countdown"), QStringLiteral("soon"));
        settings.setValue(QStringLiteral("kiosk/fontSize"), 3);
        const KioskSettings loaded = KioskSettings::load(settings);
        QCOMPARE(loaded.idleTimeoutSeconds, KioskSettings::kMaxIdleTimeout);
        QCOMPARE(loaded.countdownSeconds, KioskSettings().countdownSeconds);
        QCOMPARE(loaded.fontPointSize, KioskSettings::kMinFontSize);
    }

    void mismatchedOrBadPinsAreRefusedAndNothingIsWritten()
    {
        SettingsDialog dialog{InterfaceSettings{}};
        auto *pin = dialog.findChild<QLineEdit *>(QStringLiteral("newPin"));
        auto *again = dialog.findChild<QLineEdit *>(QStringLiteral("newPinAgain"));
        QVERIFY(pin && again);
        QCOMPARE(pin->echoMode(), QLineEdit::Password);
        QCOMPARE(again->echoMode(), QLineEdit::Password);
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("problem"));
        QSettings settings;
        const auto refused = [&](const QString &first, const QString &second, const char *why) {
            pin->setText(first);
            again->setText(second);
            dialog.setResult(QDialog::Rejected);
            dialog.accept();
            QVERIFY2(dialog.result() == QDialog::Rejected, why);
            QVERIFY2(!dialog.problem().isEmpty(), why);
            QCOMPARE(message->text(), dialog.problem());
            QVERIFY2(!message->isHidden(), why);
            QCOMPARE(dialog.pages()->currentIndex(), 1); // the kiosk page, where the PIN is
            QVERIFY(dialog.newAdminPin().isEmpty());
            QString error;
            QVERIFY(!dialog.saveKiosk(settings, &error));
            QCOMPARE(error, dialog.problem());
            QVERIFY2(settings.allKeys().isEmpty(), qPrintable(settings.allKeys().join(u' ')));
        };
        refused(QStringLiteral("246802"), QStringLiteral("246803"), "mismatch");
        QVERIFY(dialog.problem().contains(QStringLiteral("not the same")));
        refused(QStringLiteral("246802"), QString(), "second empty");
        refused(QStringLiteral("12"), QStringLiteral("12"), "too short");
        QCOMPARE(dialog.problem(), AdminPinStore::problem(QStringLiteral("12")));
        refused(QStringLiteral("12ab"), QStringLiteral("12ab"), "not digits");
        // Mended, the dialog closes.
        again->setText(QStringLiteral("246802"));
        pin->setText(QStringLiteral("246802"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.problem().isEmpty());
        QCOMPARE(dialog.newAdminPin(), QStringLiteral("246802"));
    }

    void pinSetInTheDialogUnlocksTheKiosk()
    {
        QSettings settings;
        {
            SettingsDialog dialog(InterfaceSettings{}, KioskSettings::load(settings), AdminPinStore(settings).state());
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("pinState"))->text().contains(QStringLiteral("No admin PIN")));
            dialog.findChild<QLineEdit *>(QStringLiteral("newPin"))->setText(QStringLiteral("975311"));
            dialog.findChild<QLineEdit *>(QStringLiteral("newPinAgain"))->setText(QStringLiteral("975311"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QString error;
            QVERIFY2(dialog.saveKiosk(settings, &error), qPrintable(error));
        }
        // The PIN itself is nowhere in the file.
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(QStringLiteral("975311")));
        QFile pinFile(AdminPinStore(settings).pinFile());
        QVERIFY(pinFile.open(QIODevice::ReadOnly));
        const QByteArray hash = pinFile.readAll();
        pinFile.close();
        {
            // The kiosk's exit check takes it.
            BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
            KioskController kiosk(&window, m_content.repo(), KioskSettings::load(settings), settings, [] { return qint64(0); });
            QCOMPARE(kiosk.tryUnlock(QStringLiteral("975311")), KioskController::Unlock::Unlocked);
        }
        QVERIFY(!AdminPinStore(settings).verify(QStringLiteral("975310")));
        {
            // Next time the dialog says a PIN is set; empty fields keep it.
            SettingsDialog dialog(InterfaceSettings{}, KioskSettings::load(settings), AdminPinStore(settings).state());
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("pinState"))->text().contains(QStringLiteral("is set")));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(dialog.saveKiosk(settings));
            QVERIFY(pinFile.open(QIODevice::ReadOnly));
            QCOMPARE(pinFile.readAll(), hash);
            QVERIFY(AdminPinStore(settings).verify(QStringLiteral("975311")));
        }
    }

    // A PIN from an earlier version (4 digits or more, a PBKDF2 hash in the
    // settings file) no longer works: Settings says so and takes a new one.
    void settingsTellsToReplaceAnOldPin()
    {
        {
            QSettings settings;
            QFile::remove(AdminPinStore(settings).pinFile());
            settings.setValue(QStringLiteral("kiosk/adminPinSalt"), QByteArray("73616c74"));
            settings.setValue(QStringLiteral("kiosk/adminPinHash"), QByteArray("00ff"));
            settings.setValue(QStringLiteral("kiosk/adminPinIterations"), 100000);
            QCOMPARE(AdminPinStore(settings).state(), AdminPinStore::State::Retired);
        }
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        QString shown;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            shown = dialog->findChild<QLabel *>(QStringLiteral("pinState"))->text();
            dialog->findChild<QLineEdit *>(QStringLiteral("newPin"))->setText(QStringLiteral("531086"));
            dialog->findChild<QLineEdit *>(QStringLiteral("newPinAgain"))->setText(QStringLiteral("531086"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        window.viewActions()->settingsAction()->trigger();
        QCOMPARE(shown, SettingsDialog::pinStateText(AdminPinStore::State::Retired));
        QVERIFY2(shown.contains(QStringLiteral("earlier version")) && shown.contains(QStringLiteral("6 to 12 digits")),
                 qPrintable(shown));
        QSettings settings;
        AdminPinStore store(settings);
        QCOMPARE(store.state(), AdminPinStore::State::Set);
        QVERIFY(store.verify(QStringLiteral("531086")));
        QVERIFY(!settings.contains(QStringLiteral("kiosk/adminPinHash"))); // the old hash is gone
        // Each state has its own words.
        QSet<QString> texts;
        for (auto state : {AdminPinStore::State::None, AdminPinStore::State::Set, AdminPinStore::State::Retired,
                           AdminPinStore::State::Exposed})
            texts.insert(SettingsDialog::pinStateText(state));
        QCOMPARE(texts.size(), 4);
    }

    // The View menu's Settings reads the kiosk options and PIN state and writes what was chosen.
    void settingsActionSavesKioskOptions()
    {
        KioskSettings kiosk;
        kiosk.countdownSeconds = 30;
        {
            QSettings settings;
            kiosk.save(settings);
        }
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            QCOMPARE(dialog->kioskSettings().countdownSeconds, 30);
            dialog->findChild<QSpinBox *>(QStringLiteral("idleTimeout"))->setValue(45);
            dialog->findChild<QLineEdit *>(QStringLiteral("newPin"))->setText(QStringLiteral("864202"));
            dialog->findChild<QLineEdit *>(QStringLiteral("newPinAgain"))->setText(QStringLiteral("864202"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        window.viewActions()->settingsAction()->trigger();
        QVERIFY(seen);
        QSettings settings;
        QCOMPARE(KioskSettings::load(settings).idleTimeoutSeconds, 45);
        QCOMPARE(KioskSettings::load(settings).countdownSeconds, 30);
        QVERIFY(AdminPinStore(settings).verify(QStringLiteral("864202")));
    }

    void aboutSaysVersionsLicencesAndDisclaimer()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        const ContentInfo info = m_content.info();
        const QString html = AboutDialog::html(info);
        QVERIFY(html.contains(QStringLiteral("9.8.7")));
        QVERIFY(html.contains(info.contentVersion.toHtmlEscaped()));
        QVERIFY(html.contains(AboutDialog::builtOn(info.buildDate).toHtmlEscaped()));
        for (const char *licence : {"LGPL v3", "Public domain", "Apache License 2.0", "LGPL v2.1", "Unicode", "Open Font License"})
            QVERIFY2(html.contains(QLatin1String(licence)), licence);
        QVERIFY(html.contains(QStringLiteral("120")));
        QVERIFY(html.contains(QStringLiteral("GPL-3.0-or-later")));
    }

    void aboutSaysTheSampleContentLicence()
    {
        ContentInfo info = m_content.info();
        QCOMPARE(info.contentId, QStringLiteral("huanjiao-sample"));
        QVERIFY(AboutDialog::html(info).contains(QStringLiteral("CC BY 4.0")));
        QVERIFY(AboutDialog::html(info).contains(QStringLiteral("https://creativecommons.org/licenses/by/4.0/")));
        // A clinic's own content has its own terms; the sample's licence is not claimed for it.
        info.contentId = QStringLiteral("clinic");
        QVERIFY(!AboutDialog::html(info).contains(QStringLiteral("CC BY 4.0")));
    }
};

QTEST_MAIN(TestReadingComfort)
#include "tst_readingcomfort.moc"
