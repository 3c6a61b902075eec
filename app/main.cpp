// Huanjiao: wiring only. The work is done in database/ and ui/.

#include "AdminPinStore.h"
#include "AppStyle.h"
#include "BrowserWindow.h"
#include "CommandLine.h"
#include "ContentDatabase.h"
#include "DatabaseLocator.h"
#include "EntityUri.h"
#include "FullTextCheck.h"
#include "HeadlessCommands.h"
#include "InterfaceLanguage.h"
#include "InterfaceSettings.h"
#include "KioskController.h"
#include "KioskSession.h"
#include "KioskSettings.h"
#include "OpenErrorDialog.h"
#include "PageSource.h"
#include "ReadAloud.h"
#include "Repository.h"
#include "SearchService.h"
#include "UserStore.h"
#include "WindowExposure.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QSettings>
#include <QStyle>
#include <QStatusBar>
#include <QTextStream>

using namespace huanjiao;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Huanjiao"));
    QCoreApplication::setApplicationName(QStringLiteral("huanjiao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUANJIAO_VERSION));
}

void installTranslations(QCoreApplication *app)
{
    // The setting wins; without one the system locale decides.
    InterfaceLanguage::install(app, InterfaceLanguage::resolve(InterfaceSettings::load(QSettings()).language));
}

QIcon appIcon()
{
    return QIcon::fromTheme(QStringLiteral("org.huanjiao.Huanjiao"));
}

int runHeadless(int argc, char *argv[])
{
    // Handouts lay out text, which needs fonts and so a QGuiApplication; the
    // offscreen platform gives it one with no display.
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::needsFonts(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setIdentity();
    installTranslations(app.get());
    CommandLine commandLine;
    int exitCode = 0;
    if (!commandLine.parse(QCoreApplication::arguments(), &exitCode))
        return exitCode;
    return HeadlessCommands::run(commandLine);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!CommandLine::needsDisplay(argc, argv))
        return runHeadless(argc, argv);

    QApplication app(argc, argv);
    // Over the style Qt chose (the desktop's, -style or QT_STYLE_OVERRIDE),
    // before any widget is polished with it.
    QApplication::setStyle(new AppStyle(QApplication::style()->name()));
    setIdentity();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Huanjiao"));
    // Lets desktops match the window to its installed desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.huanjiao.Huanjiao"));
    installTranslations(&app);

    CommandLine commandLine;
    int exitCode = 0;
    if (!commandLine.parse(QCoreApplication::arguments(), &exitCode))
        return exitCode;

    const QString chosen = InterfaceSettings::load(QSettings()).databasePath;
    const QString path = !commandLine.database.isEmpty() ? commandLine.database
                         : !chosen.isEmpty()              ? chosen
                                                          : DatabaseLocator::defaultPath();
    OpenError error;
    auto database = ContentDatabase::open(path, &error);
    if (!database) {
        QApplication::setWindowIcon(appIcon());
        OpenErrorDialog(error).exec();
        return 1;
    }
    QSettings settings;
    if (commandLine.kiosk) {
        const KioskSettings kioskSettings = KioskSettings::load(settings);
        KioskController::setApplicationFont(kioskSettings);
        if (const AdminPinStore pin(settings); !pin.hasPin())
            QTextStream(stderr) << pin.missingPinMessage() << ' '
                                << QApplication::translate("main", "Until then kiosk mode cannot be left from the screen.")
                                << '\n';
        KioskSession kiosk(path, std::move(database), kioskSettings, settings);
        QObject::connect(&kiosk, &KioskSession::exitRequested, &app, &QCoreApplication::quit);
        kiosk.start(QUrl(commandLine.openUri));
        FullTextCheck::start(path, nullptr);
        return QApplication::exec();
    }
    const Repository repository(database->database());
    const PageSource pages(repository, database->info());
    SearchService search(path);
    // Bookmarks and recently viewed pages; opened before the window, which
    // uses it, so it is closed after. Without a store (kiosk mode, or a folder
    // that cannot be written) the app runs on without them.
    QString storeError;
    const auto userStore = UserStore::open(UserStore::defaultPath(), &storeError);
    BrowserWindow window(repository, pages, search);
    if (userStore) {
        window.setUserStore(userStore.get());
        if (!userStore->repairNote().isEmpty()) {
            qWarning("%s", qPrintable(userStore->repairNote()));
            window.statusBar()->showMessage(userStore->repairNote());
        }
    } else {
        qWarning("%s", qPrintable(storeError));
        window.statusBar()->showMessage(storeError);
    }
    if (!commandLine.openUri.isEmpty())
        window.openUrl(QUrl(commandLine.openUri));
    window.show();
    FullTextCheck::start(path, &window);
    // Not needed for the first frame, so done after it: the icon lookup walks
    // the icon theme's folders and loads image plugins (in the build tree there
    // is no installed icon); read aloud starts its engine on a thread of its own
    // and shows its controls once a voice is ready (owned by the window).
    WindowExposure::whenExposed(&window, &window, [&window] {
        QApplication::setWindowIcon(appIcon());
        new ReadAloud(window.documents(), &window);
    });
    return QApplication::exec();
}
