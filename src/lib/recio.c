/* recio - see recio.h. */
#include "diag.h"
#include "recio.h"

void
sdc_reject_record(struct sdc_records *r, json_object *o, const char *why)
{
	size_t len;
	const char *text = sdc_json_text(o, &len);

	sdc_reject(sdc_records_name(r), sdc_records_lineno(r), "%s", why);
	sdc_reject_write(text, len);
}

static void
each(const char *path, sdc_quick_fn *quick, sdc_record_fn *fn, void *ctx)
{
	struct sdc_records *r = sdc_records_open(path, SDC_MAX_LINE_DEFAULT);
	json_object *o;
	int rc;

	if (!r)
		sdc_err(SDC_EXIT_USAGE, "%s", path);
	if (quick)
		sdc_records_quick(r, quick, ctx);
	while ((rc = sdc_records_next(r, &o)) != 0) {
		if (rc < 0)
			continue;
		if (json_object_is_type(o, json_type_object))
			fn(r, o, ctx);
		else
			sdc_reject_record(r, o, "not a JSON object");
		json_object_put(o);
	}
	sdc_records_close(r);
}

void
sdc_records_each(const char *path, sdc_record_fn *fn, void *ctx)
{
	each(path, NULL, fn, ctx);
}

void
sdc_records_each_arg(int argc, char **argv, int first, sdc_record_fn *fn,
    void *ctx)
{
	sdc_records_each_arg_quick(argc, argv, first, NULL, fn, ctx);
}

void
sdc_records_each_arg_quick(int argc, char **argv, int first, sdc_quick_fn *quick,
    sdc_record_fn *fn, void *ctx)
{
	int i;

	if (first >= argc)
		each("-", quick, fn, ctx);
	for (i = first; i < argc; i++)
		each(argv[i], quick, fn, ctx);
}
