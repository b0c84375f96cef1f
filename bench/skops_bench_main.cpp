// skops-bench: wall time and peak memory of what Skops Explorer does with
// large .skops files, printed as a Markdown table. Each measurement runs in
// a child process of its own, so that its peak RSS is its own.
#include "ArrayStatistics.h"
#include "Audit.h"
#include "GuiProbes.h"
#include "NpyArray.h"
#include "SkopsFile.h"
#include "SyntheticArchive.h"
#include "TreePrinter.h"
#include "TrustProfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

#include <fcntl.h>
#include <malloc.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace skops;

namespace {

struct Figure {
    double seconds = -1;
    double cpuSeconds = -1;  // user + system time of the whole child process
    double peakMb = -1;
    QString note;
};

double cpuSecondsOf(const rusage &usage)
{
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Runs `work` in a child; `work` returns the seconds it measured itself.
Figure inChild(const std::function<double(QString *note)> &work)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return {};
    // The child's allocations would otherwise reuse heap pages this process
    // freed, each a copy-on-write fault: a cost no real process pays.
    malloc_trim(0);
    const pid_t pid = fork();
    if (pid == 0) {
        close(pipeFds[0]);
        QString note;
        const double seconds = work(&note);
        const QByteArray message = QByteArray::number(seconds, 'g', 17) + '\n' + note.toUtf8();
        if (write(pipeFds[1], message.constData(), size_t(message.size())) < 0)
            _exit(3);
        _exit(0);
    }
    close(pipeFds[1]);
    QByteArray message;
    char buffer[4096];
    ssize_t n;
    while ((n = read(pipeFds[0], buffer, sizeof buffer)) > 0)
        message.append(buffer, n);
    close(pipeFds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Figure figure;
    const qsizetype newline = message.indexOf('\n');
    figure.seconds = message.left(newline).toDouble();
    figure.note = QString::fromUtf8(message.mid(newline + 1));
    figure.peakMb = double(usage.ru_maxrss) / 1024.0;
    figure.cpuSeconds = cpuSecondsOf(usage);
    return figure;
}

// `work` in `runs` children of its own: the median time and CPU time (the
// note of the median run) and the largest peak RSS, so that one noisy run
// on a shared machine does not make the figure.
Figure inChildren(const std::function<double(QString *note)> &work, int runs)
{
    std::vector<Figure> figures;
    for (int i = 0; i < runs; ++i) {
        figures.push_back(inChild(work));
        if (figures.back().seconds < 0)
            return figures.back();
    }
    Figure figure;
    for (const Figure &one : figures)
        figure.peakMb = std::max(figure.peakMb, one.peakMb);
    std::sort(figures.begin(), figures.end(), [](const Figure &a, const Figure &b) { return a.cpuSeconds < b.cpuSeconds; });
    figure.cpuSeconds = figures[figures.size() / 2].cpuSeconds;
    std::sort(figures.begin(), figures.end(), [](const Figure &a, const Figure &b) { return a.seconds < b.seconds; });
    figure.seconds = figures[figures.size() / 2].seconds;
    figure.note = figures[figures.size() / 2].note;
    return figure;
}

constexpr int kRuns = 5;

std::shared_ptr<const SkopsFile> openOrDie(const QString &path)
{
    auto file = SkopsFile::open(path);
    if (!file.ok()) {
        std::fprintf(stderr, "skops-bench: %s: %s\n", qPrintable(path), qPrintable(file.error().message));
        _exit(2);
    }
    return file.value();
}

QString largestArray(const SkopsFile &file)
{
    QString best;
    qint64 bestBytes = -1;
    for (NodeId id = 0; id < file.tree().nodeCount(); ++id) {
        const QString member = file.tree().memberName(id);
        const NpyHeader *header = member.isEmpty() ? nullptr : file.npyHeader(member);
        if (header && header->dtype().isNumeric() && header->dataByteCount() > bestBytes) {
            bestBytes = header->dataByteCount();
            best = member;
        }
    }
    return best;
}

Figure measureOpen(const QString &path)
{
    return inChildren([path](QString *note) {
        QElapsedTimer timer;
        timer.start();
        auto file = openOrDie(path);
        const Audit audit = Audit::run(file->tree(), *TrustProfile::builtin(TrustProfile::defaultName()).value());
        const double seconds = timer.nsecsElapsed() / 1e9;
        *note = QStringLiteral("%1 nodes, %2 untrusted").arg(file->tree().nodeCount()).arg(audit.untrustedTypes().size());
        return seconds;
    }, kRuns);
}

Figure measureTree(const QString &path)
{
    return inChildren([path](QString *note) {
        auto file = openOrDie(path);
        const Audit audit = Audit::run(file->tree(), *TrustProfile::builtin(TrustProfile::defaultName()).value());
        QElapsedTimer timer;
        timer.start();
        qint64 lines = 0;
        qint64 bytes = 0;
        TreePrinter(*file, audit).print(ShowFilter::All, [&](const QString &line) {
            ++lines;
            bytes += line.toUtf8().size() + 1;
        });
        *note = QStringLiteral("%1 lines, %2 KB").arg(lines).arg(bytes / 1024);
        return timer.nsecsElapsed() / 1e9;
    }, kRuns);
}

Figure measureFirstPage(const QString &path)
{
    return inChildren([path](QString *note) {
        auto file = openOrDie(path);
        const QString member = largestArray(*file);
        QElapsedTimer timer;
        timer.start();
        const auto bytes = file->mapMember(member);
        const auto array = NpyArray::fromMember(bytes.value(), file->limits());
        // One screenful: 50 rows of the first columns.
        qint64 characters = 0;
        for (qint64 i = 0; i < std::min<qint64>(array.value().size(), 50 * 20); ++i)
            characters += array.value().toText(i).size();
        *note = QStringLiteral("%1, %2 elements").arg(member).arg(array.value().size());
        return characters > 0 ? timer.nsecsElapsed() / 1e9 : -1.0;
    }, kRuns);
}

Figure measureStats(const QString &path)
{
    return inChildren([path](QString *note) {
        auto file = openOrDie(path);
        const QString member = largestArray(*file);
        const auto bytes = file->mapMember(member);
        const auto array = NpyArray::fromMember(bytes.value(), file->limits());
        QElapsedTimer timer;
        timer.start();
        const auto stats = ArrayStatistics::stats(ArrayStatistics::Source { &array.value() });
        const double seconds = timer.nsecsElapsed() / 1e9;
        const double gb = double(array.value().header().dataByteCount()) / 1e9;
        *note = QStringLiteral("%1 GB/s over %2 MB").arg(gb / seconds, 0, 'f', 2).arg(gb * 1000, 0, 'f', 1);
        return stats.ok() ? seconds : -1.0;
    }, kRuns);
}

struct ProcessFigure {
    double seconds = -1;     // median wall time
    double cpuSeconds = -1;  // median user + system time
    double peakMb = -1;      // largest peak RSS of the runs
};

// A whole process, `runs` times, stdout to /dev/null.
ProcessFigure processFigure(const QString &program, const QStringList &arguments, int runs = 5)
{
    std::vector<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &item : storage)
        argv.push_back(item.data());
    argv.push_back(nullptr);
    ProcessFigure figure;
    std::vector<double> times;
    std::vector<double> cpuTimes;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const pid_t pid = fork();
        if (pid == 0) {
            const int devNull = open("/dev/null", O_WRONLY);
            dup2(devNull, STDOUT_FILENO);
            execvp(argv[0], argv.data());
            _exit(127);
        }
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        times.push_back(timer.nsecsElapsed() / 1e9);
        cpuTimes.push_back(cpuSecondsOf(usage));
        if (!WIFEXITED(status) || WEXITSTATUS(status) == 127)
            return {};
        figure.peakMb = std::max(figure.peakMb, double(usage.ru_maxrss) / 1024.0);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    figure.seconds = times[times.size() / 2];
    figure.cpuSeconds = cpuTimes[cpuTimes.size() / 2];
    return figure;
}

QString cell(const Figure &figure)
{
    if (figure.seconds < 0)
        return QStringLiteral("n/a");
    return QStringLiteral("%1 ms / %2 MB").arg(figure.seconds * 1000, 0, 'f', 1).arg(figure.peakMb, 0, 'f', 0);
}

// Runs what the children measure once in this process: the children then
// inherit its resolved library symbols instead of each paying the dynamic
// linker's lazy binding, across the many libraries this program links.
void warmUp(const QString &path)
{
    auto file = openOrDie(path);
    const Audit audit = Audit::run(file->tree(), *TrustProfile::builtin(TrustProfile::defaultName()).value());
    TreePrinter(*file, audit).print(ShowFilter::All, [](const QString &) {});
    const QString member = largestArray(*file);
    if (!member.isEmpty()) {
        const auto array = NpyArray::fromMember(file->mapMember(member).value(), file->limits());
        (void)array.value().toText(0);
        (void)ArrayStatistics::stats(ArrayStatistics::Source { &array.value() });
    }
}

// Prints the input's row; returns its open + tree + audit figure.
Figure printRow(const QString &name, qint64 size, const QString &path)
{
    const Figure open = measureOpen(path);
    const Figure tree = measureTree(path);
    const Figure page = measureFirstPage(path);
    const Figure stats = measureStats(path);
    const QString openCell = open.seconds < 0 ? cell(open)
                                              : QStringLiteral("%1 ms (CPU %2 ms) / %3 MB")
                                                    .arg(open.seconds * 1000, 0, 'f', 1)
                                                    .arg(open.cpuSeconds * 1000, 0, 'f', 0)
                                                    .arg(open.peakMb, 0, 'f', 0);
    std::printf("| %s | %.1f MB | %s | %s | %s | %s | %s; %s |\n", qPrintable(name), double(size) / 1e6,
                qPrintable(openCell), qPrintable(cell(tree)), qPrintable(cell(page)), qPrintable(cell(stats)),
                qPrintable(open.note), qPrintable(stats.note));
    std::fflush(stdout);
    return open;
}

// skops' own figures for rf_medium.skops, from the README next to that file:
// get_untrusted_types in process (median of 3), RSS of the whole process.
constexpr double kSkopsInProcessSeconds = 0.15;
constexpr double kSkopsInProcessPeakMb = 174;

void printTargetRow(const char *target, const QString &figure, bool met)
{
    std::printf("| %s | %s | %s |\n", target, qPrintable(figure), met ? "met" : "not met");
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const auto option = [&arguments](const QString &name, const QString &fallback) {
        const qsizetype at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
    };
    if (arguments.contains(QStringLiteral("--help"))) {
        std::printf("usage: skops-bench [--rf-medium FILE] [--work DIR] [--inspect PATH] [--quick]\n"
                    "Measures open+audit, text tree, first array page and array statistics on real\n"
                    "and synthetic .skops files, and whole-process figures against unzip and skops.\n");
        return 0;
    }
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    const QString work = option(QStringLiteral("--work"), QDir::tempPath() + QStringLiteral("/skops-bench"));
    const QString rfMedium = option(QStringLiteral("--rf-medium"), QString());
    const QString inspect = option(QStringLiteral("--inspect"),
                                   QFileInfo(QString::fromLocal8Bit(argv[0])).absolutePath()
                                       + QStringLiteral("/../app/skops-inspect"));
    QDir().mkpath(work);
    // The window probes run without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    struct Input {
        QString name;
        QString path;
        std::function<bool(QString *)> make;
    };
    std::vector<Input> inputs;
    if (!rfMedium.isEmpty())
        inputs.push_back({QStringLiteral("rf_medium.skops (real, 170 trees)"), rfMedium, nullptr});
    const std::vector<int> forests = quick ? std::vector<int>{300} : std::vector<int>{300, 1000, 3000};
    for (int trees : forests) {
        const QString path = work + QStringLiteral("/forest-%1.skops").arg(trees);
        inputs.push_back({QStringLiteral("forest, %1 trees").arg(trees), path, [path, trees](QString *error) {
                              synthetic::ForestOptions options;
                              options.trees = trees;
                              return synthetic::writeForest(path, options, error);
                          }});
    }
    const QString deflated = work + QStringLiteral("/forest-300-deflated.skops");
    inputs.push_back({QStringLiteral("forest, 300 trees, DEFLATED"), deflated, [deflated](QString *error) {
                          synthetic::ForestOptions options;
                          options.deflate = true;
                          return synthetic::writeForest(deflated, options, error);
                      }});
    const QString many = work + QStringLiteral("/many-members.skops");
    inputs.push_back({QStringLiteral("50,000 small members"), many,
                      [many](QString *error) { return synthetic::writeManyMembers(many, 50'000, error); }});
    const qint64 bigBytes = quick ? (qint64(64) << 20) : (qint64(1) << 30);
    // Named after its size: a --quick run's file must not stand in for the full one.
    const QString big = work + QStringLiteral("/large-array-%1MB.skops").arg(bigBytes >> 20);
    inputs.push_back({QStringLiteral("one %1 MB float64 array").arg(bigBytes >> 20), big,
                      [big, bigBytes](QString *error) { return synthetic::writeLargeArray(big, bigBytes, error); }});
    const QString small = work + QStringLiteral("/small-array.skops");
    inputs.push_back({QStringLiteral("the same with an 8-byte array"), small,
                      [small](QString *error) { return synthetic::writeLargeArray(small, 8, error); }});

    std::printf("Machine: %ld cores. Times are wall clock of the operation itself (CPU: user + system time of\n"
                "the measuring process, which only opens and audits); memory is the peak RSS of a process\n"
                "that opened the file and did that operation.\n\n",
                sysconf(_SC_NPROCESSORS_ONLN));
    std::printf("| input | size | open + tree + audit | text tree | first page of largest array | "
                "statistics of largest array | notes |\n|---|---:|---:|---:|---:|---:|---|\n");
    Figure rfMediumOpen;
    Figure largeArrayOpen;
    Figure smallArrayOpen;
    for (const Input &input : inputs) {
        if (input.make && !QFileInfo::exists(input.path)) {
            QString error;
            if (!input.make(&error)) {
                std::fprintf(stderr, "skops-bench: cannot write %s: %s\n", qPrintable(input.path), qPrintable(error));
                return 2;
            }
        }
        if (&input == &inputs.front())
            warmUp(input.path);
        const Figure open = printRow(input.name, QFileInfo(input.path).size(), input.path);
        if (input.path == rfMedium)
            rfMediumOpen = open;
        else if (input.path == big)
            largeArrayOpen = open;
        else if (input.path == small)
            smallArrayOpen = open;
    }

    // The window: tree of a big forest, and a 10-million-element array.
    const QString treeInput = work + QStringLiteral("/forest-%1.skops").arg(quick ? 300 : 1000);
    const QString tenMillion = work + QStringLiteral("/array-10M.skops");
    if (!QFileInfo::exists(tenMillion)) {
        QString error;
        if (!synthetic::writeLargeArray(tenMillion, 80'000'000, &error)) {
            std::fprintf(stderr, "skops-bench: cannot write %s: %s\n", qPrintable(tenMillion), qPrintable(error));
            return 2;
        }
    }
    const Figure tree = inChildren([treeInput](QString *note) {
        const guiprobes::TreeFigures figures = guiprobes::treeShown(treeInput);
        *note = figures.error.isEmpty() ? QStringLiteral("%1 top-level rows").arg(figures.topLevelRows) : figures.error;
        return figures.error.isEmpty() ? figures.seconds : -1.0;
    }, kRuns);
    const Figure arrayProbe = inChild([tenMillion](QString *note) {
        const guiprobes::ArrayFigures f = guiprobes::arrayView(tenMillion, QStringLiteral("big.npy"));
        *note = f.error.isEmpty()
                    ? QStringLiteral("%1|%2|%3|%4|%5")
                          .arg(f.statisticsSeconds * 1000, 0, 'f', 1)
                          .arg(f.statisticsGBps, 0, 'f', 2)
                          .arg(f.maxStallMs, 0, 'f', 1)
                          .arg(f.p99StallMs, 0, 'f', 1)
                          .arg(f.scrollSteps)
                    : f.error;
        return f.error.isEmpty() ? f.firstPageSeconds : -1.0;
    });
    const QStringList probe = arrayProbe.note.split(QLatin1Char('|'));
    std::printf("\nThe window (offscreen platform; peak RSS of the probe process):\n\n| measurement | figure |\n|---|---:|\n");
    std::printf("| tree on screen after the window appeared, %s (%.0f MB) | %s; %s |\n",
                qPrintable(QFileInfo(treeInput).fileName()), double(QFileInfo(treeInput).size()) / 1e6,
                qPrintable(cell(tree)), qPrintable(tree.note));
    if (probe.size() >= 5) {
        std::printf("| first page of a 10-million-element float64 array | %.1f ms |\n", arrayProbe.seconds * 1000);
        std::printf("| its statistics, off the GUI thread | %s ms, %s GB/s |\n", qPrintable(probe[0]), qPrintable(probe[1]));
        std::printf("| longest GUI-thread stall while scrolling it (%s steps) | %s ms (99th percentile %s ms) |\n",
                    qPrintable(probe[4]), qPrintable(probe[2]), qPrintable(probe[3]));
        std::printf("| peak memory of that probe process | %.0f MB |\n", arrayProbe.peakMb);
    } else {
        std::printf("| array view probe | failed: %s |\n", qPrintable(arrayProbe.note));
    }
    std::fflush(stdout);

    ProcessFigure audit;
    ProcessFigure unzip;
    ProcessFigure python;
    if (!rfMedium.isEmpty()) {
        std::printf("\nWhole processes on rf_medium.skops (median wall time of 5 runs; largest peak RSS):\n\n"
                    "| command | wall seconds | CPU seconds (user + system) | peak RSS |\n|---|---:|---:|---:|\n");
        const auto row = [](const char *name, const ProcessFigure &figure) {
            std::printf("| %s | %.3f | %.3f | %.1f MB |\n", name, figure.seconds, figure.cpuSeconds, figure.peakMb);
            std::fflush(stdout);
        };
        row("skops-inspect --help (a Qt Core process doing nothing)", processFigure(inspect, {QStringLiteral("--help")}));
        audit = processFigure(inspect, {QStringLiteral("audit"), rfMedium, QStringLiteral("--json")});
        row("skops-inspect audit --json", audit);
        if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
            unzip = processFigure(QStringLiteral("unzip"), {QStringLiteral("-p"), rfMedium, QStringLiteral("schema.json")});
            row("unzip -p rf_medium.skops schema.json", unzip);
        }
        const QByteArray skopsSource = qgetenv("SKOPS_SRC");
        if (!skopsSource.isEmpty()) {
            const QString script = QStringLiteral("import sys; sys.path.insert(0, %1); import skops.io as s; "
                                                  "s.get_untrusted_types(file=%2)")
                                       .arg(QStringLiteral("'%1'").arg(QString::fromLocal8Bit(skopsSource)),
                                            QStringLiteral("'%1'").arg(rfMedium));
            python = processFigure(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script}, 3);
            row("python3: skops.io.get_untrusted_types", python);
        }
    }

    std::printf("\nAgainst the targets (ratios within this run):\n\n| target | figure | |\n|---|---:|---|\n");
    if (rfMediumOpen.seconds > 0)
        printTargetRow("in process, open + tree + audit at least 10x faster than skops' 0.15 s",
                       QStringLiteral("%1x").arg(kSkopsInProcessSeconds / rfMediumOpen.seconds, 0, 'f', 1),
                       kSkopsInProcessSeconds / rfMediumOpen.seconds >= 10);
    if (rfMediumOpen.peakMb > 0)
        printTargetRow("in process, peak memory at most 1/10 of skops' 174 MB",
                       QStringLiteral("%1 MB (1/%2)")
                           .arg(rfMediumOpen.peakMb, 0, 'f', 1)
                           .arg(kSkopsInProcessPeakMb / rfMediumOpen.peakMb, 0, 'f', 1),
                       rfMediumOpen.peakMb <= kSkopsInProcessPeakMb / 10);
    if (audit.seconds > 0 && python.seconds > 0) {
        printTargetRow("whole process, audit --json at least 50x faster than Python",
                       QStringLiteral("%1x").arg(python.seconds / audit.seconds, 0, 'f', 1),
                       python.seconds / audit.seconds >= 50);
        printTargetRow("whole process, peak memory at most 1/10 of Python's",
                       QStringLiteral("%1 MB (1/%2)")
                           .arg(audit.peakMb, 0, 'f', 1)
                           .arg(python.peakMb / audit.peakMb, 0, 'f', 1),
                       audit.peakMb <= python.peakMb / 10);
    }
    if (audit.seconds > 0 && unzip.seconds > 0)
        printTargetRow("whole process, audit --json within 2x of unzip -p schema.json",
                       QStringLiteral("%1x").arg(audit.seconds / unzip.seconds, 0, 'f', 1),
                       audit.seconds <= 2 * unzip.seconds);
    if (largeArrayOpen.seconds > 0 && smallArrayOpen.seconds > 0) {
        const double added = (largeArrayOpen.seconds - smallArrayOpen.seconds) * 1000;
        printTargetRow("opening: a large array adds under 10 ms", QStringLiteral("%1 ms").arg(added, 0, 'f', 1),
                       added < 10);
    }
    if (tree.seconds > 0)
        printTargetRow("window, tree on screen within 0.5 s (the forest above)",
                       QStringLiteral("%1 ms").arg(tree.seconds * 1000, 0, 'f', 0), tree.seconds <= 0.5);
    if (probe.size() >= 5) {
        printTargetRow("window, first page of a 10-million-element array within 50 ms",
                       QStringLiteral("%1 ms").arg(arrayProbe.seconds * 1000, 0, 'f', 1), arrayProbe.seconds <= 0.05);
        printTargetRow("window, statistics at 1 GB/s or more, off the GUI thread",
                       QStringLiteral("%1 GB/s").arg(probe[1]), probe[1].toDouble() >= 1.0);
        printTargetRow("window, no GUI-thread stall over 16 ms while scrolling",
                       QStringLiteral("%1 ms").arg(probe[2]), probe[2].toDouble() <= 16);
    }

    return 0;
}
