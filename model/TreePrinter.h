#pragma once

#include "Audit.h"
#include "SkopsFile.h"

#include <QString>

#include <functional>

namespace skops {

enum class ShowFilter { All, Untrusted, Trusted };

// The text tree of skops.io.visualize(file, show=…) with its plain printer
// (format doc §9). Where skops' own visualize raises (slices, methods,
// protocol-0 nodes, objects without state), the tree goes on in the same
// style instead: raw values as `key: value`. Shared nodes print at every
// reference, as in skops; a cycle prints once, marked, and stops. File
// text is printed with control characters escaped.
class TreePrinter
{
public:
    using LineSink = std::function<void(const QString &line)>;

    TreePrinter(const SkopsFile &file, const Audit &audit);
    // Returns false if the output was cut at Limits::maxTreeLines.
    bool print(ShowFilter show, const LineSink &sink);
    QString render(ShowFilter show);

    // The value text visualize shows for a node: module.class, json-type(…), b'…'.
    static QString valueText(const SkopsFile &file, NodeId id);

private:
    struct Line {
        QString key;
        QString label;
        int level = 0;
        bool isLast = false;
        bool selfSafe = true;
        bool safe = true;
    };
    void walk(NodeId id, QStringView key, int level, bool isLast, bool backEdge);
    void walkChild(const NodeRef &ref, QStringView key, int level, bool isLast);
    void walkRaw(JsonDocument::Index value, QStringView key, int level, bool isLast);
    void emitLine(const Line &line);

    const SkopsFile &m_file;
    const Audit &m_audit;
    ShowFilter m_show = ShowFilter::All;
    const LineSink *m_sink = nullptr;
    std::vector<QString> m_prefix;
    int m_previousLevel = 0;
    quint64 m_lines = 0;
    bool m_truncated = false;
};

} // namespace skops
