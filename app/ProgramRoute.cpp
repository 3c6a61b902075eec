// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramRoute.h"

#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <limits.h>
#include <unistd.h>

namespace huanjiao::ProgramRoute {

namespace {

bool hasOption(int argc, char *argv[], const char *const *options)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *const *option = options; *option; ++option) {
            const std::size_t length = std::strlen(*option);
            // "--show URI" and "--show=URI" alike
            if (std::strncmp(argv[i], *option, length) == 0 && (argv[i][length] == '\0' || argv[i][length] == '='))
                return true;
        }
    }
    return false;
}

// Chinese when the locale's messages are; the same rule the programs apply
// when no language is chosen in their settings.
bool chineseMessages()
{
    static const char *const variables[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (const char *variable : variables) {
        const char *value = std::getenv(variable);
        if (value && *value)
            return std::strncmp(value, "zh", 2) == 0;
    }
    return false;
}

} // namespace

Program choose(int argc, char *argv[])
{
    static const char *const handout[] = {"--handout", nullptr};
    // --output and --paper belong to --handout: alone they are a usage error,
    // which huanjiao-cli says on stderr.
    static const char *const headless[] = {"--version", "-v",     "--show",      "--search",        "--output",
                                           "--paper",   "--help", "-h",          "--help-all",      "--set-admin-pin",
                                           nullptr};
    if (hasOption(argc, argv, handout))
        return Program::Handout;
    if (hasOption(argc, argv, headless))
        return Program::Headless;
    return Program::Window;
}

const char *programName(Program program)
{
    switch (program) {
    case Program::Window:
        return "huanjiao-gui";
    case Program::Headless:
        return "huanjiao-cli";
    case Program::Handout:
        return "huanjiao-handout";
    }
    return "huanjiao-cli";
}

const char *path(Program program)
{
    static char chosen[PATH_MAX];
    char self[PATH_MAX];
    // errno says why when this gives up: readlink's (no /proc in a sandbox),
    // or ENAMETOOLONG.
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self);
    if (length < 0)
        return nullptr;
    if (length == 0 || std::size_t(length) >= sizeof self) {
        errno = ENAMETOOLONG;
        return nullptr;
    }
    self[length] = '\0';
    if (char *slash = std::strrchr(self, '/'))
        *slash = '\0';
    const char *name = programName(program);
    char beside[PATH_MAX];
    const int wrote = std::snprintf(chosen, sizeof chosen, "%s/%s/%s", self, HUANJIAO_COMPANION_PROGRAM_FOLDER, name);
    const int besideWrote = std::snprintf(beside, sizeof beside, "%s/%s", self, name);
    if (wrote <= 0 || std::size_t(wrote) >= sizeof chosen || besideWrote <= 0
        || std::size_t(besideWrote) >= sizeof beside) {
        errno = ENAMETOOLONG;
        return nullptr;
    }
    // Installed first; beside it when only that is there (the build tree, or
    // a program that is itself in the library folder). When neither is, the
    // installed path, so that the message names where it belongs.
    if (access(chosen, X_OK) != 0 && access(beside, X_OK) == 0)
        std::memcpy(chosen, beside, std::size_t(besideWrote) + 1);
    return chosen;
}

int exec(Program program, char *argv[])
{
    const char *program_path = path(program);
    if (program_path)
        execv(program_path, argv);
    const int error = errno;
    // No Qt here to translate with: the one message there is, in both languages.
    std::setlocale(LC_ALL, "");
    const char *shown = program_path ? program_path : programName(program);
    if (chineseMessages())
        std::fprintf(stderr, "huanjiao：无法启动此命令所需的程序 %s：%s\n", shown, std::strerror(error));
    else
        std::fprintf(stderr, "huanjiao: cannot start %s, which this command needs: %s\n", shown,
                     std::strerror(error));
    return 127;
}

} // namespace huanjiao::ProgramRoute
