/* ledger - data/state/syncro-pushed.jsonl: one line per timer entry
 * written to Syncro (work item id, user, ticket, timer id, content hash,
 * sessions), appended and fsynced after every successful request, before
 * the next one.  The last line about a key wins.  Losing the ledger costs
 * nothing but a re-read: the markers in Syncro are the truth. */
#include "push.h"
#include "diag.h"
#include "jsonl.h"
#include "state.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>

static int fd = -1, lockfd = -1;
static const char *ledger_path;

void
push_key(json_object *e, char *out, size_t outsz)
{
	const char *wid = sdc_json_str(e, "work_item_id");

	snprintf(out, outsz, "%s/%lld", wid ? wid : "", push_int(e,
	    "user_id"));
}

/* Every line of the ledger into map; a torn last line (a kill during
 * the write) is ignored, a bad line elsewhere is warned about. */
static void
load(json_object *map)
{
	struct sdc_lines *l = sdc_lines_open_path(ledger_path, 0);
	json_object *o;
	char *line, key[128];
	size_t len;
	const char *why;

	if (!l)
		return;
	while (sdc_lines_next(l, &line, &len) > 0) {
		if (len == 0)
			continue;
		if ((o = sdc_json_parse(line, len, &why)) == NULL ||
		    !json_object_is_type(o, json_type_object)) {
			sdc_warn_at(ledger_path, sdc_lines_lineno(l),
			    "not a ledger line (ignored): %s", o ? "not an "
			    "object" : why);
			json_object_put(o);
			continue;
		}
		push_key(o, key, sizeof key);
		json_object_object_add(map, key, o);
	}
	sdc_lines_close(l);
}

json_object *
push_ledger_open(const char *path)
{
	json_object *map = json_object_new_object();
	off_t end;
	char c;

	ledger_path = path;
	lockfd = sdc_state_lock(path);	/* one push at a time */
	load(map);
	fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0666);
	if (fd < 0)
		sdc_err(SDC_EXIT_FATAL, "%s", path);
	/* A line cut by a kill gets its newline, so the next one is whole. */
	end = lseek(fd, 0, SEEK_END);
	if (end > 0 && pread(fd, &c, 1, end - 1) == 1 && c != '\n' &&
	    sdc_write_all(fd, "\n", 1) < 0)
		sdc_err(SDC_EXIT_FATAL, "%s", path);
	return map;
}

void
push_ledger_add(json_object *line)
{
	size_t len;
	const char *text = sdc_json_text(line, &len);
	char *buf = sdc_xmalloc(len + 1);

	memcpy(buf, text, len);
	buf[len] = '\n';
	if (sdc_write_all(fd, buf, len + 1) < 0 || fsync(fd) < 0)
		sdc_err(SDC_EXIT_FATAL, "%s", ledger_path);
	free(buf);
}

void
push_ledger_close(void)
{
	if (fd >= 0)
		close(fd);
	if (lockfd >= 0)
		close(lockfd);
	fd = lockfd = -1;
}
