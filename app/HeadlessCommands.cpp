// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessCommands.h"

#include "ApplicationSetup.h"
#include "CommandLine.h"
#include "ContentDatabase.h"
#include "DatabaseLocator.h"
#include "DatabaseSchema.h"
#include "EntityJson.h"
#include "EntityUri.h"
#include "HandoutCommand.h"
#include "InertText.h"
#include "Prose.h"
#include "Repository.h"
#include "SetAdminPinCommand.h"
#include "SearchEngine.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QSettings>
#include <QTextStream>

namespace huanjiao {

namespace {

// lupdate files a free function's tr() under its namespace; this names the
// context the strings are looked up in at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommands)
};

int version(const CommandLine &commandLine)
{
    QTextStream out(stdout);
    out << "huanjiao " << QStringLiteral(HUANJIAO_VERSION) << '\n'
        << "schema " << DatabaseSchema::kVersion << '\n';
    // A missing database is a fact about the installation, which --version is
    // for checking; a database that is there but unusable is still an error.
    const QString path = HeadlessCommands::databasePath(commandLine);
    OpenError error;
    auto db = ContentDatabase::open(path, &error);
    if (!db && error.code == OpenError::Missing) {
        out << "content: not found (" << path << ")\n";
        return 0;
    }
    if (!db) {
        out.flush();
        QTextStream(stderr) << "huanjiao: " << error.message() << '\n';
        return 1;
    }
    const ContentInfo &info = db->info();
    out << "content " << info.contentVersion << " (" << info.contentName << ", built " << info.buildDate << ")\n";
    for (const auto &layer : info.layers.mid(1))
        out << "overlay " << layer.id << ' ' << layer.version << " (" << layer.name << ")\n";
    return 0;
}

void printText(QTextStream &out, const Entity &entity)
{
    out << entity.ref.name;
    if (!entity.english.isEmpty())
        out << " (" << entity.english << ')';
    out << '\n';
    if (!entity.aliases.isEmpty())
        out << Text::tr("Also called: %1").arg(entity.aliases.join(QStringLiteral("、"))) << '\n';
    if (!entity.summary.isEmpty())
        out << entity.summary << '\n';
    for (const auto &[key, value] : entity.fields)
        out << key << ": " << value << '\n';
    for (const auto &section : entity.sections) {
        out << "\n[" << section.key << "]\n";
        const QString body = proseText(section.body);
        if (!body.isEmpty())
            out << body << '\n';
        for (int i = 0; i < section.items.size(); ++i) {
            const auto &item = section.items.at(i);
            out << i + 1 << ". " << item.title;
            if (!item.type.isEmpty())
                out << " [" << item.type << ']';
            out << '\n' << proseText(item.body) << '\n';
        }
    }
    if (!entity.relations.isEmpty())
        out << '\n';
    for (const auto &relation : entity.relations) {
        out << (relation.incoming ? "<- " : "-> ") << relationTypeName(relation.type) << ": " << relation.other.name << "  "
            << EntityUri{relation.other.kind, relation.other.id}.toString() << '\n';
    }
}

int show(const CommandLine &commandLine)
{
    EntityUri uri;
    if (!EntityUri::parse(commandLine.showUri, &uri)) {
        QTextStream(stderr) << "huanjiao: "
                            << Text::tr("'%1' is not a page address; write huanjiao://KIND/ID, for example "
                                  "huanjiao://condition/hemifacial-spasm")
                                   .arg(commandLine.showUri)
                            << '\n';
        return 2;
    }
    auto db = HeadlessCommands::openDatabase(commandLine);
    if (!db)
        return 1;
    const Repository repository(db->database());
    const auto entity = repository.entity(uri.kind, uri.id);
    if (!entity) {
        QTextStream(stderr) << "huanjiao: " << Text::tr("no page %1 in this content database").arg(uri.toString())
                            << '\n';
        return 1;
    }
    QTextStream out(stdout);
    if (commandLine.json)
        out << QJsonDocument(entityToJson(*entity, db->info().sample)).toJson(QJsonDocument::Compact) << '\n';
    else {
        // Content is shown as text, never as terminal control sequences.
        QString text;
        QTextStream page(&text);
        printText(page, *entity);
        page.flush();
        out << InertText::clean(text);
    }
    return 0;
}

int search(const CommandLine &commandLine)
{
    SearchOptions options;
    options.limit = commandLine.limit;
    if (!commandLine.searchKind.isEmpty()) {
        Kind kind;
        if (!kindFromName(commandLine.searchKind, &kind)) {
            QTextStream(stderr) << "huanjiao: " << Text::tr("unknown kind '%1'").arg(commandLine.searchKind) << '\n';
            return 2;
        }
        options.kind = kind;
    }
    auto db = HeadlessCommands::openDatabase(commandLine);
    if (!db)
        return 1;
    SearchEngine engine(db->database());
    const SearchResults results = engine.search(commandLine.searchText, options);
    QTextStream out(stdout);
    for (const SearchHit &hit : results.hits) {
        if (commandLine.json) {
            QJsonObject json = refToJson(hit.ref);
            json.insert(QStringLiteral("title"), hit.ref.name);
            json.insert(QStringLiteral("score"), hit.score);
            json.insert(QStringLiteral("matched"), hit.matched);
            json.insert(QStringLiteral("matched_text"), hit.matchedText);
            json.insert(QStringLiteral("snippet"), hit.snippet);
            out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
            continue;
        }
        // One line a hit, fields apart by tabs: content text cannot add either.
        const auto field = [](const QString &text) {
            QString clean = InertText::clean(text);
            return clean.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        };
        out << kindName(hit.ref.kind) << '\t' << field(hit.ref.name) << '\t'
            << EntityUri{hit.ref.kind, hit.ref.id}.toString() << '\t' << hit.matched;
        if (hit.matched == QLatin1String("alias"))
            out << '\t' << Text::tr("also called %1").arg(field(hit.matchedText));
        if (!hit.snippet.isEmpty())
            out << '\t' << field(hit.snippet);
        out << '\n';
    }
    if (results.hits.isEmpty() && !commandLine.json && !results.suggestions.isEmpty()) {
        QStringList names;
        for (const EntityRef &ref : results.suggestions)
            names << ref.name;
        QTextStream(stderr) << Text::tr("No results. Did you mean: %1").arg(names.join(QStringLiteral("、"))) << '\n';
    }
    return 0;
}

} // namespace

QString HeadlessCommands::databasePath(const CommandLine &commandLine)
{
    return DatabaseLocator::choose(commandLine.database, QSettings());
}

std::unique_ptr<ContentDatabase> HeadlessCommands::openDatabase(const CommandLine &commandLine)
{
    const QString path = databasePath(commandLine);
    OpenError error;
    auto db = ContentDatabase::open(path, &error);
    if (!db)
        QTextStream(stderr) << "huanjiao: " << error.message() << '\n';
    return db;
}

int HeadlessCommands::main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::needsFonts(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    ApplicationSetup::setIdentity();
    ApplicationSetup::installTranslations(app.get());
    CommandLine commandLine;
    int exitCode = 0;
    if (!commandLine.parse(QCoreApplication::arguments(), &exitCode))
        return exitCode;
    return run(commandLine);
}

int HeadlessCommands::run(const CommandLine &commandLine)
{
    switch (commandLine.mode) {
    case CommandLine::Mode::Version:
        return version(commandLine);
    case CommandLine::Mode::Show:
        return show(commandLine);
    case CommandLine::Mode::Search:
        return search(commandLine);
    case CommandLine::Mode::Handout:
        return HandoutCommand::run(commandLine);
    case CommandLine::Mode::SetAdminPin:
        return SetAdminPinCommand::run();
    case CommandLine::Mode::Gui:
        break;
    }
    return 2;
}

} // namespace huanjiao
