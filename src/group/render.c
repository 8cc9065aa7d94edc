/* render - see render.h. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "grow.h"
#include "hmap.h"
#include "ids.h"
#include "render.h"
#include "sdctime.h"
#include "workitem.h"

const char *const group_place_name[] = {
	NULL, "overlap", "gap", "none", "ambiguous"
};

int
group_member_cmp(const struct gmember *a, const struct gmember *b)
{
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end < b->end ? -1 : 1;
	return strcmp(a->id, b->id);
}

static int
cmp_str(const void *pa, const void *pb)
{
	return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

/* uuid5("WorkItem:" + the sorted component session ids joined by ","):
 * the same sessions always make the same work item id. */
static void
item_id(const struct gview *v, char out[SDC_UUID_BUFSZ])
{
	const char **ids = sdc_xmalloc((v->n + 1) * sizeof(*ids));
	struct sdc_buf key = SDC_BUF_INIT;
	size_t i;

	for (i = 0; i < v->n; i++)
		ids[i] = v->m[i].id;
	qsort(ids, v->n, sizeof(*ids), cmp_str);
	sdc_buf_adds(&key, "WorkItem:");
	for (i = 0; i < v->n; i++) {
		if (i)
			sdc_buf_addc(&key, ',');
		sdc_buf_adds(&key, ids[i]);
	}
	sdc_uuid5_n(key.p, key.len, out);
	sdc_buf_free(&key);
	free(ids);
}

/* The distinct links of the item's sessions, in first-seen order. */
static json_object *
item_links(const struct gview *v)
{
	json_object *a = json_object_new_array();
	struct sdc_hmap seen = SDC_HMAP_INIT;
	const char **kept = NULL, *l;
	size_t i, capkept = 0, nkept = 0, it;
	uint32_t j, k;
	uint64_t h;
	int dup;

	for (i = 0; i < v->n; i++)
		for (j = 0; j < v->m[i].nlinks; j++) {
			l = v->m[i].links[j];
			h = sdc_hash(l, strlen(l));
			for (dup = 0, it = 0; !dup && sdc_hmap_find(&seen, h, &it, &k); )
				dup = strcmp(kept[k], l) == 0;
			if (dup)
				continue;
			kept = sdc_grow(kept, &capkept, nkept + 1, sizeof(*kept));
			kept[nkept] = l;
			sdc_hmap_put(&seen, h, (uint32_t)nkept++);
			json_object_array_add(a, json_object_new_string(l));
		}
	sdc_hmap_free(&seen);
	free(kept);
	return a;
}

/* The distinct sources, sorted (an item has a few). */
static json_object *
item_sources(const struct gview *v)
{
	json_object *a = json_object_new_array();
	const char **src = sdc_xmalloc((v->n + 1) * sizeof(*src));
	size_t i, j, n = 0;

	for (i = 0; i < v->n; i++) {
		for (j = 0; j < n && strcmp(src[j], v->m[i].source) != 0; j++)
			;
		if (j == n)
			src[n++] = v->m[i].source;
	}
	qsort(src, n, sizeof(*src), cmp_str);
	for (i = 0; i < n; i++)
		json_object_array_add(a, json_object_new_string(src[i]));
	free(src);
	return a;
}

static int
wanted(json_object *links, const struct group_opts *o)
{
	size_t i, n = json_object_array_length(links);
	int p;

	if (o->nprojects == 0)
		return 1;
	for (i = 0; i < n; i++)
		for (p = 0; p < o->nprojects; p++)
			if (sdc_project_match(json_object_get_string(
			    json_object_array_get_idx(links, i)), o->projects[p]))
				return 1;
	return 0;
}

static json_object *
time_str(int64_t ms)
{
	char buf[SDC_TIME_BUFSZ];

	return json_object_new_string(sdc_time_format(ms, buf));
}

static json_object *
insights(const struct gview *v, const struct group_opts *opt)
{
	json_object *o = json_object_new_object();
	struct sdc_span *spans = sdc_xmalloc((v->n + 1) * sizeof(*spans));
	size_t i;

	for (i = 0; i < v->n; i++)
		spans[i] = (struct sdc_span){ v->m[i].start, v->m[i].end };
	json_object_object_add(o, "work_item_start_time_utc", time_str(v->start));
	json_object_object_add(o, "work_item_end_time_utc", time_str(v->end));
	json_object_object_add(o, "total_duration_minutes",
	    json_object_new_int64((v->end - v->start) / SDC_MINUTE_MS));
	json_object_object_add(o, "billable_minutes", json_object_new_int64(
	    sdc_billable_minutes(sdc_span_union(spans, v->n,
	    opt->min_minutes * SDC_MINUTE_MS), opt->round)));
	json_object_object_add(o, "llm_combined_summary", NULL);
	free(spans);
	return o;
}

json_object *
group_render(const struct gview *v, const struct group_opts *opt)
{
	json_object *o, *ids_a, *links, *placement;
	char id[SDC_UUID_BUFSZ];
	size_t i;

	links = item_links(v);
	if (!wanted(links, opt)) {
		json_object_put(links);
		return NULL;
	}
	item_id(v, id);
	ids_a = json_object_new_array_ext((int)v->n);
	placement = json_object_new_object();
	for (i = 0; i < v->n; i++) {
		json_object_array_add(ids_a, json_object_new_string(v->m[i].id));
		if (v->m[i].place != PLACE_CUSTOMER)
			json_object_object_add(placement, v->m[i].id,
			    json_object_new_string(group_place_name[v->m[i].place]));
	}
	o = json_object_new_object();
	json_object_object_add(o, "work_item_id", json_object_new_string(id));
	json_object_object_add(o, "schema_version", json_object_new_string("2.0"));
	json_object_object_add(o, "customer_id",
	    v->cust_id >= 0 ? json_object_new_int64(v->cust_id) : NULL);
	json_object_object_add(o, "customer_name", v->cust_name ?
	    json_object_new_string(v->cust_name) : NULL);
	json_object_object_add(o, "component_session_ids", ids_a);
	json_object_object_add(o, "calculated_insights", insights(v, opt));
	json_object_object_add(o, "calculated_links", links);
	json_object_object_add(o, "sources", item_sources(v));
	json_object_object_add(o, "placement", placement);
	return o;
}
