// SPDX-License-Identifier: GPL-3.0-or-later
// Soak: simulates kiosk visits one after another on the real kiosk (the
// browser window under the real KioskController, its on-screen search, idle
// countdown and reset, and its admin PIN pad) and prints resident memory at
// the start, after a warm-up and at the end. A visit: type a search, open
// pages from it, add topics to the handout basket; every 10th visitor exports
// the handout as a PDF, every 20th also finds the hidden exit and types a wrong PIN on
// the pad; then the visitor leaves and the idle timer runs out: countdown,
// then the kiosk's own reset. The kiosk's clock is simulated, so the idle
// minutes take no time. Fails (exit 1) when memory grew by 10% or more from
// the warm-up to the end, or when the kiosk did not reset or took a PIN.
//
//   soak_kiosk [--visits N] [--database FILE]     (offscreen; N defaults to 10,000)

#include "AdminPinDialog.h"
#include "AdminPinStore.h"
#include "BrowserWindow.h"
#include "ContentDatabase.h"
#include "DocumentTabs.h"
#include "EntityUri.h"
#include "HandoutActions.h"
#include "HandoutBasket.h"
#include "HandoutRenderer.h"
#include "IdleTimer.h"
#include "ExitGesture.h"
#include "KioskController.h"
#include "KioskSettings.h"
#include "PinThrottle.h"
#include "PageSource.h"
#include "PdfExport.h"
#include "Repository.h"
#include "SearchResultsModel.h"
#include "SearchBox.h"
#include "SearchService.h"
#include "Sidebar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QInputMethodEvent>
#include <QMouseEvent>
#include <QPushButton>
#include <QSettings>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace huanjiao;

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Runs the event loop until `search` has answered (or a second has passed).
void waitForResults(SearchService &search)
{
    QEventLoop loop;
    QTimer::singleShot(1000, &loop, &QEventLoop::quit);
    QObject::connect(&search, &SearchService::resultsReady, &loop, &QEventLoop::quit);
    loop.exec();
}

void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption visitsOption(QStringLiteral("visits"), QStringLiteral("Visits to simulate."),
                                          QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("Content database."),
                                            QStringLiteral("FILE"), QStringLiteral(HUANJIAO_TEST_DATABASE));
    parser.addOptions({visitsOption, databaseOption});
    parser.addHelpOption();
    parser.process(app);
    const int visits = parser.value(visitsOption).toInt();
    const QString path = parser.value(databaseOption);

    // The kiosk's settings and PIN in a folder of their own, not the user's.
    QTemporaryDir config;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    QCoreApplication::setOrganizationName(QStringLiteral("HuanjiaoSoak"));
    QSettings settings;
    const QString pin = QStringLiteral("602413");
    if (!AdminPinStore(settings).setPin(pin)) {
        std::fprintf(stderr, "cannot set the admin PIN in %s\n", qPrintable(config.path()));
        return 2;
    }

    OpenError error;
    const auto database = ContentDatabase::open(path, &error);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 2;
    }
    const Repository repository(database->database());
    const PageSource pages(repository, database->info());
    SearchService search(path);
    BrowserWindow window(repository, pages, search);
    window.resize(1280, 800);
    KioskSettings kioskSettings = KioskSettings::load(settings);
    qint64 now = 1000000; // the kiosk's clock, ms
    KioskController kiosk(&window, repository, kioskSettings, settings, [&now] { return now; });
    kiosk.start();
    settle();
    int resets = 0;
    QObject::connect(&kiosk, &KioskController::resetDone, [&resets] { ++resets; });
    int exits = 0;
    QObject::connect(&kiosk, &KioskController::exitRequested, [&exits] { ++exits; });
    int wrongPins = 0;

    // What visitors look for: the names of the topics, typed in part or whole.
    QList<EntityRef> topics;
    for (Kind kind : allKinds())
        topics += repository.listRange(kind, 0, 0, 100000);
    if (topics.isEmpty()) {
        std::fprintf(stderr, "no topics in %s\n", qPrintable(path));
        return 2;
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
    QRandomGenerator random(20261126);
    HandoutRenderer::Options handoutOptions;
    handoutOptions.sampleContent = database->info().sample;

    const qint64 atStart = residentKiB();
    const int warmUp = qMin(100, visits / 10);
    qint64 afterWarmUp = atStart;
    int exported = 0;
    int answered = 0; // searches whose results the sidebar showed
    QElapsedTimer timer;
    timer.start();
    // Where a visit's time goes (ms, summed over the run): the soak must be
    // quick enough to run its 10,000 visits.
    enum Phase { Search, Pages, Handout, Pin, Reset, PhaseCount };
    const char *phaseNames[PhaseCount] = {"search", "pages", "handout", "PIN", "reset"};
    double phaseMs[PhaseCount] = {};
    QElapsedTimer phase;
    const auto lap = [&phase, &phaseMs](Phase p) {
        phaseMs[p] += phase.nsecsElapsed() / 1e6;
        phase.restart();
    };
    std::printf("resident memory at start: %lld KiB\n", atStart);
    for (int visit = 0; visit < visits; ++visit) {
        const EntityRef &wanted = topics.at(random.bounded(topics.size()));
        const QString query = wanted.name.left(1 + random.bounded(qMax(1, int(wanted.name.size()))));
        phase.start();
        // The visitor touches the search box (the kiosk sees activity and
        // arms its idle timer), then types a character at a time, each
        // committed as a Chinese input method does.
        now += 1000;
        {
            QWidget *box = window.sidebar()->searchBox();
            const QPointF at(5, 5);
            QMouseEvent press(QEvent::MouseButtonPress, at, box->mapToGlobal(at), Qt::LeftButton, Qt::LeftButton,
                              Qt::NoModifier);
            QCoreApplication::sendEvent(box, &press);
            QMouseEvent release(QEvent::MouseButtonRelease, at, box->mapToGlobal(at), Qt::LeftButton, Qt::NoButton,
                                Qt::NoModifier);
            QCoreApplication::sendEvent(box, &release);
        }
        for (const QChar c : query) {
            QInputMethodEvent typed;
            typed.setCommitString(QString(c));
            QCoreApplication::sendEvent(window.sidebar()->searchBox(), &typed);
        }
        waitForResults(search);
        settle();
        if (window.sidebar()->resultsModel()->rowCount() > 0)
            ++answered;
        lap(Search);

        // Open pages: the one looked for, and a few more, some in new tabs.
        QList<QUrl> opened;
        for (int i = 0; i < 3; ++i) {
            const EntityRef &ref = i == 0 ? wanted : topics.at(random.bounded(topics.size()));
            const QUrl url(EntityUri{ref.kind, ref.id}.toString());
            window.openUrl(url, i > 0 && random.bounded(2) == 1);
            opened.append(url);
            settle();
        }
        lap(Pages);

        // Add to the basket; every 10th visitor takes the handout away. (The
        // PDF is the dearest part of a visit, about half its time: on every
        // visit, 10,000 visits would take most of an hour.)
        for (const QUrl &url : opened)
            window.handouts()->addToBasket(url);
        QList<Entity> entities;
        for (const EntityRef &ref : window.handouts()->basket()->topics()) {
            if (auto entity = repository.entity(ref.kind, ref.id))
                entities.append(*entity);
        }
        if (!entities.isEmpty() && visit % 10 == 4) {
            HandoutRenderer renderer(entities, handoutOptions);
            if (PdfExport::write(renderer, QPageSize::A4, pdf, entities.first().ref.name).ok)
                ++exported;
        }
        lap(Handout);

        // Now and then a visitor finds the hidden exit and tries a PIN.
        if (visit % 20 == 19) {
            now += PinThrottle::kMaxDelayMs; // past any wait from the last try
            emit kiosk.exitGesture()->triggered();
            settle();
            if (AdminPinDialog *dialog = kiosk.pinDialog()) {
                for (const QChar digit : QStringLiteral("111111")) {
                    if (auto *key = dialog->findChild<QPushButton *>(QStringLiteral("pin_") + digit))
                        key->click();
                }
                if (auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("pin_ok")))
                    ok->click();
                ++wrongPins;
                settle();
            }
        }
        lap(Pin);

        // The visitor leaves: the idle time passes, the countdown runs out,
        // and the kiosk resets itself.
        const int resetsBefore = resets;
        now += qint64(kioskSettings.idleTimeoutSeconds) * 1000;
        kiosk.idleTimer()->poll();
        settle();
        now += qint64(kioskSettings.countdownSeconds) * 1000;
        kiosk.idleTimer()->poll();
        settle();
        if (resets != resetsBefore + 1) {
            std::fprintf(stderr, "visit %d: the kiosk did not reset after the idle time\n", visit + 1);
            return 1;
        }
        lap(Reset);

        if (visit + 1 == warmUp) {
            afterWarmUp = residentKiB();
            std::printf("resident memory after %d warm-up visits: %lld KiB\n", warmUp, afterWarmUp);
        }
        if ((visit + 1) % 1000 == 0) {
            std::printf("%d visits, %lld KiB, %.1f s\n", visit + 1, residentKiB(), timer.elapsed() / 1000.0);
            std::fflush(stdout);
        }
    }
    const qint64 atEnd = residentKiB();
    const double growth = afterWarmUp > 0 ? 100.0 * double(atEnd - afterWarmUp) / double(afterWarmUp) : 0;
    std::printf("resident memory at end: %lld KiB after %d visits (%d searches answered, %d handouts exported, "
                "%d idle resets, %d wrong PINs on the pad) in %.1f s\n",
                atEnd, visits, answered, exported, resets, wrongPins, timer.elapsed() / 1000.0);
    std::printf("time per visit:");
    for (int p = 0; p < PhaseCount; ++p)
        std::printf(" %s %.1f ms", phaseNames[p], phaseMs[p] / qMax(1, visits));
    std::printf("\n");
    if (exits != 0) {
        std::fprintf(stderr, "a wrong PIN let the visitor out\n");
        return 1;
    }
    std::printf("growth from warm-up to end: %.1f%% (limit 10%%); from start: %.1f%%\n", growth,
                atStart > 0 ? 100.0 * double(atEnd - atStart) / double(atStart) : 0.0);
    return growth < 10.0 ? 0 : 1;
}
