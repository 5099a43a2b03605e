from pymongo import MongoClient


class ArticleSearch:
    def __init__(self, uri):
        self.articles = MongoClient(uri).blog.articles

    def by_author(self, author):
        cursor = self.articles.find({"author": str(author), "published": True})
        return [doc["title"] for doc in cursor]


def search_view(request, search: ArticleSearch):
    return search.by_author(request.GET.get("author", ""))
