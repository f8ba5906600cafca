/* Interlocked singly linked lists: LIFO order, depth, flush, and no lost or duplicated
 * entries when several threads push and pop at once. */
#include <windows.h>

#include "w3test.h"

struct item {
    SLIST_ENTRY entry; /* first, so the item has the entry's alignment */
    int value;
};

W3_TEST(slist_header_layout)
{
    W3_CHECK_EQ(sizeof(SLIST_HEADER), sizeof(void *) == 8 ? 16 : 8);
    W3_CHECK_EQ(_Alignof(SLIST_HEADER), sizeof(void *) == 8 ? 16 : 8);
    W3_CHECK_EQ(_Alignof(SLIST_ENTRY), sizeof(void *) == 8 ? 16 : 4);
    W3_CHECK_EQ(MEMORY_ALLOCATION_ALIGNMENT, sizeof(void *) == 8 ? 16 : 8);
}

W3_TEST(slist_is_last_in_first_out)
{
    SLIST_HEADER head;
    struct item items[3];
    InitializeSListHead(&head);
    W3_CHECK_EQ(QueryDepthSList(&head), 0);
    W3_CHECK(InterlockedPopEntrySList(&head) == NULL);
    for (int i = 0; i < 3; i++) {
        items[i].value = i;
        PSLIST_ENTRY previous = InterlockedPushEntrySList(&head, &items[i].entry);
        W3_CHECK(previous == (i ? &items[i - 1].entry : NULL));
    }
    W3_CHECK_EQ(QueryDepthSList(&head), 3);
    for (int i = 2; i >= 0; i--) {
        struct item *it = CONTAINING_RECORD(InterlockedPopEntrySList(&head), struct item, entry);
        W3_CHECK_EQ(it->value, i);
        W3_CHECK_EQ(QueryDepthSList(&head), (USHORT)i);
    }
    W3_CHECK(InterlockedPopEntrySList(&head) == NULL);
}

W3_TEST(slist_flush_returns_the_chain)
{
    SLIST_HEADER head;
    struct item items[4];
    InitializeSListHead(&head);
    W3_CHECK(InterlockedFlushSList(&head) == NULL);
    for (int i = 0; i < 4; i++) {
        items[i].value = i;
        InterlockedPushEntrySList(&head, &items[i].entry);
    }
    PSLIST_ENTRY e = InterlockedFlushSList(&head);
    W3_CHECK_EQ(QueryDepthSList(&head), 0);
    W3_CHECK(InterlockedPopEntrySList(&head) == NULL);
    for (int i = 3; i >= 0; i--) {
        W3_REQUIRE(e != NULL);
        W3_CHECK_EQ(CONTAINING_RECORD(e, struct item, entry)->value, i);
        e = e->Next;
    }
    W3_CHECK(e == NULL);
}

#define PER_THREAD 20000
#define THREADS 4

static SLIST_HEADER shared_head;
static struct item pool[THREADS][64];
static LONG volatile popped_total;

/* Each thread owns 64 items and cycles them through the shared list; every item it pops,
 * whoever pushed it, goes back after its value is bumped. */
static DWORD WINAPI churn(LPVOID arg)
{
    struct item *mine = arg;
    for (int i = 0; i < 64; i++)
        InterlockedPushEntrySList(&shared_head, &mine[i].entry);
    for (int round = 0; round < PER_THREAD; round++) {
        PSLIST_ENTRY e = InterlockedPopEntrySList(&shared_head);
        if (!e)
            continue;
        CONTAINING_RECORD(e, struct item, entry)->value++;
        InterlockedIncrement(&popped_total);
        InterlockedPushEntrySList(&shared_head, e);
    }
    return 0;
}

W3_TEST(slist_survives_contention)
{
    HANDLE threads[THREADS];
    InitializeSListHead(&shared_head);
    popped_total = 0;
    for (int t = 0; t < THREADS; t++) {
        for (int i = 0; i < 64; i++)
            pool[t][i].value = 0;
        threads[t] = CreateThread(NULL, 0, churn, pool[t], 0, NULL);
        W3_REQUIRE(threads[t] != NULL);
    }
    W3_CHECK_EQ(WaitForMultipleObjects(THREADS, threads, TRUE, 60000), WAIT_OBJECT_0);
    for (int t = 0; t < THREADS; t++)
        CloseHandle(threads[t]);
    /* Every item is back exactly once, and every pop was counted on an item. */
    W3_CHECK_EQ(QueryDepthSList(&shared_head), THREADS * 64);
    LONG sum = 0;
    int count = 0;
    for (PSLIST_ENTRY e = InterlockedFlushSList(&shared_head); e; e = e->Next) {
        sum += CONTAINING_RECORD(e, struct item, entry)->value;
        count++;
        W3_REQUIRE(count <= THREADS * 64);
    }
    W3_CHECK_EQ(count, THREADS * 64);
    W3_CHECK_EQ_I(sum, popped_total);
}
