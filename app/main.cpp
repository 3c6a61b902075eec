// Huanjiao: wiring only. The work is done in database/ and ui/.

#include "BrowserWindow.h"
#include "CommandLine.h"
#include "ContentDatabase.h"
#include "DatabaseLocator.h"
#include "EntityUri.h"
#include "HeadlessCommands.h"
#include "OpenErrorDialog.h"
#include "PageSource.h"
#include "Repository.h"
#include "SearchService.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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
    const QLocale locale;
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("huanjiao"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
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
    setIdentity();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Huanjiao"));
    // Lets desktops match the window to its installed desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.huanjiao.Huanjiao"));
    // The icon theme holds the installed icon; in the build tree there is none.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.huanjiao.Huanjiao")));
    installTranslations(&app);

    CommandLine commandLine;
    int exitCode = 0;
    if (!commandLine.parse(QCoreApplication::arguments(), &exitCode))
        return exitCode;

    const QString path = commandLine.database.isEmpty() ? DatabaseLocator::defaultPath() : commandLine.database;
    OpenError error;
    const auto database = ContentDatabase::open(path, &error);
    if (!database) {
        OpenErrorDialog(error).exec();
        return 1;
    }
    const Repository repository(database->database());
    const PageSource pages(repository, database->info());
    SearchService search(path);
    BrowserWindow window(repository, pages, search);
    if (!commandLine.openUri.isEmpty())
        window.openUrl(QUrl(commandLine.openUri));
    window.show();
    return QApplication::exec();
}
