#include "core/base/memorypolicy.h"

#include <QFile>
#include <QTest>

#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <vector>

#ifdef __GLIBC__
#include <unistd.h>
#endif

using namespace wsdash;

// The window's malloc policy (app/core/base/memorypolicy.h), checked where it applies: glibc's
// malloc serving the main heap from the program break. A sanitizer build brings its own
// allocator, and there the policy has nothing to act on.
class TestMemoryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theHeapIsGrownOnceAndBackedByHugePages();
};

namespace {

#ifdef __GLIBC__
bool mallocUsesTheProgramBreak()
{
    void* const block = std::malloc(64 * 1024);
    // Compared as numbers before the free: GCC 12 at -O2 warns of a use after free otherwise.
    const bool belowBreak =
        reinterpret_cast<std::uintptr_t>(block) < reinterpret_cast<std::uintptr_t>(sbrk(0));
    std::free(block);
    return belowBreak;
}

// The VmFlags of the mapping holding `address`, from /proc/self/smaps ("" if none does).
QByteArray vmFlagsAt(std::uintptr_t address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    bool inside = false;
    for (const QByteArray& line : smaps.readAll().split('\n')) {
        const int dash = line.indexOf('-');
        const int space = line.indexOf(' ');
        // A mapping's line starts with its range in lowercase hex; its fields' names are
        // capitalised.
        const bool isRange =
            !line.isEmpty() && (std::isdigit(line[0]) || (line[0] >= 'a' && line[0] <= 'f'));
        if (isRange && dash > 0 && space > dash) {
            const auto start = line.left(dash).toULongLong(nullptr, 16);
            const auto end = line.mid(dash + 1, space - dash - 1).toULongLong(nullptr, 16);
            inside = start <= address && address < end;
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).trimmed();
        }
    }
    return {};
}
#endif

} // namespace

void TestMemoryPolicy::theHeapIsGrownOnceAndBackedByHugePages()
{
#ifndef __GLIBC__
    QSKIP("the policy only acts on glibc's malloc");
#else
    if (!mallocUsesTheProgramBreak())
        QSKIP("malloc does not come from the program break here (a sanitizer's allocator)");
    const auto pageSize = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    auto* const before = static_cast<char*>(sbrk(0));

    keepFreedMemoryForReuse();
    preferHugePagesForTheHeap();

    // Grown by the top pad (64 MiB) in one step...
    auto* const grown = static_cast<char*>(sbrk(0));
    QVERIFY2(grown - before >= 64 * 1024 * 1024,
             qPrintable(QStringLiteral("the break moved by %1 bytes").arg(grown - before)));

    // ... so building a window's worth of small objects (32 MiB here) needs no more of it.
    std::vector<void*> blocks;
    blocks.reserve(512);
    for (int i = 0; i < 512; ++i)
        blocks.push_back(std::malloc(64 * 1024));
    QCOMPARE(reinterpret_cast<std::uintptr_t>(sbrk(0)), reinterpret_cast<std::uintptr_t>(grown));
    for (void* block : blocks)
        std::free(block);

    // The grown part asked for huge pages (VmFlags "hg"), where the kernel has them at all.
    if (!QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")))
        QSKIP("this kernel has no transparent huge pages");
    const auto inside = (reinterpret_cast<std::uintptr_t>(before) / pageSize + 1) * pageSize;
    const QByteArray flags = vmFlagsAt(inside);
    QVERIFY2(flags.split(' ').contains("hg"), flags.constData());
#endif
}

QTEST_GUILESS_MAIN(TestMemoryPolicy)
#include "tst_memorypolicy.moc"
