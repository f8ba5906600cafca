/* IHttpPerfCounterInfo of the server and of the site: counters by index that modules
 * raise and lower from any thread; the embedding program reads them. */
#include "bridge_server.h"

namespace w3b
{

namespace
{

/* Logs the first out-of-range index a module uses; later ones are ignored quietly. */
void out_of_range(w3_server *server, DWORD index)
{
    static volatile LONG logged;
    if (InterlockedExchange(&logged, 1) == 0)
        w3e_log(server, W3_LOG_ERROR,
                "a module used performance counter index %lu; indices run from 0 to %d and "
                "the change is ignored",
                (unsigned long)index, W3B_PERF_COUNTER_COUNT - 1);
}

} // namespace

void PerfCounters::add(DWORD index, LONG64 delta)
{
    if (index < W3B_PERF_COUNTER_COUNT)
        InterlockedExchangeAdd64(&values_[index], delta);
    else
        out_of_range(server_, index);
}

VOID PerfCounters::IncrementCounter(DWORD index, DWORD value)
{
    add(index, static_cast<LONG64>(value));
}

VOID PerfCounters::DecrementCounter(DWORD index, DWORD value)
{
    add(index, -static_cast<LONG64>(value));
}

LONG64 PerfCounters::value(DWORD index)
{
    if (index >= W3B_PERF_COUNTER_COUNT)
        return 0;
    return InterlockedExchangeAdd64(&values_[index], 0);
}

IHttpPerfCounterInfo *Site::GetPerfCounterInfo()
{
    return &counters_;
}

IHttpPerfCounterInfo *Server::GetPerfCounterInfo()
{
    return &counters_;
}

} // namespace w3b

extern "C" long long w3_server_perf_counter(w3_server *server, int scope, unsigned index)
{
    w3b::Server *s = w3b::server_of(server);
    if (s == NULL)
        return 0;
    w3b::PerfCounters &counters = scope == W3_PERF_SITE ? s->site.counters() : s->counters();
    return counters.value(index);
}
