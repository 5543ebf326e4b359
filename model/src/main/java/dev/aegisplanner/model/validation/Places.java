package dev.aegisplanner.model.validation;

/** The JSON pointers of elements by their positions in the topology's lists. */
final class Places {

    private Places() {
    }

    static String location(int li) {
        return "/locations/" + li;
    }

    static String dataCenter(int li, int di) {
        return "/locations/" + li + "/dataCenters/" + di;
    }

    static String server(int li, int di, int si) {
        return "/locations/" + li + "/dataCenters/" + di + "/servers/" + si;
    }

    static String of(String list, int index) {
        return "/" + list + "/" + index;
    }
}
