// SPDX-License-Identifier: GPL-3.0-or-later
// huanjiao-gui, the window (desktop and kiosk): wiring only. The work is done
// in database/ and ui/. huanjiao hands every session that needs a display
// over to this program (ProgramRoute).

#include "AdminPinStore.h"
#include "ApplicationSetup.h"
#include "AppStyle.h"
#include "BrowserComposition.h"
#include "BrowserWindow.h"
#include "ChineseFont.h"
#include "CommandLine.h"
#include "ContentDatabase.h"
#include "DatabaseLocator.h"
#include "FullTextCheck.h"
#include "HeadlessCommands.h"
#include "KioskController.h"
#include "KioskSession.h"
#include "KioskSettings.h"
#include "OpenErrorDialog.h"
#include "ProgramRoute.h"
#include "UserStore.h"
#include "ViewActions.h"
#include "WindowExposure.h"

#include <QApplication>
#include <QIcon>
#include <QProcess>
#include <QSettings>
#include <QStyle>
#include <QStatusBar>
#include <QTextStream>

using namespace huanjiao;

namespace {

QIcon appIcon()
{
    return QIcon::fromTheme(QStringLiteral("org.huanjiao.Huanjiao"));
}

} // namespace

int main(int argc, char *argv[])
{
    // Started directly, it does what huanjiao does.
    if (ProgramRoute::choose(argc, argv) != ProgramRoute::Program::Window)
        return HeadlessCommands::main(argc, argv);

    QApplication app(argc, argv);
    // Over the style Qt chose (the desktop's, -style or QT_STYLE_OVERRIDE),
    // before any widget is polished with it.
    QApplication::setStyle(new AppStyle(QApplication::style()->name()));
    ApplicationSetup::setIdentity();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Huanjiao"));
    // Lets desktops match the window to its installed desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.huanjiao.Huanjiao"));
    ApplicationSetup::installTranslations(&app);

    CommandLine commandLine;
    int exitCode = 0;
    if (!commandLine.parse(QCoreApplication::arguments(), &exitCode))
        return exitCode;

    const QString path = DatabaseLocator::choose(commandLine.database, QSettings());
    OpenError error;
    auto database = ContentDatabase::open(path, &error);
    if (!database) {
        QApplication::setWindowIcon(appIcon());
        OpenErrorDialog(error).exec();
        return 1;
    }
    QSettings settings;
    // Chinese content in Simplified Chinese glyphs, whatever the locale.
    QApplication::setFont(ChineseFont::withSimplifiedChinese(QApplication::font()));
    if (commandLine.kiosk) {
        const KioskSettings kioskSettings = KioskSettings::load(settings);
        KioskController::setApplicationFont(kioskSettings);
        if (const AdminPinStore pin(settings); !pin.hasPin())
            QTextStream(stderr) << pin.missingPinMessage() << ' '
                                << QApplication::translate("main", "Until then kiosk mode cannot be left from the screen.")
                                << '\n';
        KioskSession kiosk(path, std::move(database), kioskSettings, settings, nullptr,
                           DatabaseLocator::awaitedClinic(commandLine.database, settings, path));
        QObject::connect(&kiosk, &KioskSession::exitRequested, &app, &QCoreApplication::quit);
        kiosk.start(QUrl(commandLine.openUri));
        // After the first frame: the check reads the whole index, which at
        // 100,000 topics took a core for most of the start-up.
        WindowExposure::whenExposed(kiosk.window(), &kiosk, [path] { FullTextCheck::start(path, nullptr); });
        return QApplication::exec();
    }
    // Bookmarks and recently viewed pages; opened before the window, which
    // uses it, so it is closed after. Without a store (a folder that cannot
    // be written) the app runs on without them.
    QString storeError;
    const auto userStore = UserStore::open(UserStore::defaultPath(), &storeError);
    BrowserComposition composition(path, *database, WindowProfile::desktop(userStore.get()), settings);
    if (!userStore) {
        qWarning("%s", qPrintable(storeError));
        composition.window()->statusBar()->showMessage(storeError);
    } else if (!userStore->repairNote().isEmpty()) {
        qWarning("%s", qPrintable(userStore->repairNote()));
        composition.window()->statusBar()->showMessage(userStore->repairNote());
    }
    // A new language or database takes a new start; the same command line, the window closed first
    // (it keeps its place).
    QObject::connect(composition.window()->viewActions(), &ViewActions::restartRequested, &app, [&composition] {
        composition.window()->close();
        QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
        QCoreApplication::quit();
    });
    composition.show(QUrl(commandLine.openUri));
    BrowserWindow *window = composition.window();
    // Not needed for the first frame: the icon lookup walks the icon theme's
    // folders and loads image plugins (in the build tree there is no installed
    // icon), and the full-text check reads the whole index on a thread of its
    // own, which at 100,000 topics took a core for most of the start-up.
    WindowExposure::whenExposed(window, window, [path, window] {
        QApplication::setWindowIcon(appIcon());
        FullTextCheck::start(path, window);
    });
    return QApplication::exec();
}
